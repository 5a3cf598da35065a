#!/usr/bin/env python3
"""Check a list of endpoints for reflected CORS origins."""
import sys

import requests

EVIL = "https://evil.example"


def probe(url):
    r = requests.get(url, headers={"Origin": EVIL}, timeout=10)
    acao = r.headers.get("Access-Control-Allow-Origin")
    acac = r.headers.get("Access-Control-Allow-Credentials")
    if acao == EVIL or acao == "*":
        print(f"[!] {url}: ACAO={acao} ACAC={acac}")


if __name__ == "__main__":
    for line in sys.stdin:
        probe(line.strip())
