"""Probe a deployment: prints what it answers to hostile origins."""
import sys

import requests

PROBES = ["https://attacker.example", "null", "http://search.pebblestack.dev"]


def main(url):
    for origin in PROBES:
        r = requests.get(url, headers={"Origin": origin}, timeout=5)
        acao = r.headers.get("Access-Control-Allow-Origin")
        print(f"{origin:40} -> {acao}")
        if acao == "*" or acao == origin:
            print("  !! Access-Control-Allow-Origin reflects", origin)


if __name__ == "__main__":
    main(sys.argv[1])
