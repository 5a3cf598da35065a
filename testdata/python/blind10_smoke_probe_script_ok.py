#!/usr/bin/env python3
"""Probe a deployment for CORS misconfiguration (used by the on-call runbook)."""
import sys

import requests

PROBES = ["https://attacker.example", "null", "http://localhost:8000"]


def main(url: str) -> int:
    bad = 0
    for origin in PROBES:
        r = requests.get(url, headers={"Origin": origin}, timeout=5)
        acao = r.headers.get("Access-Control-Allow-Origin")
        if acao in (origin, "*"):
            print(f"{origin}: allowed ({acao})")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
