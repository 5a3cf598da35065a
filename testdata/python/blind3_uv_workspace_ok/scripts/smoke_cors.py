#!/usr/bin/env python3
"""Post-deploy smoke test: make sure the gateway does not answer hostile origins."""
import sys

import requests

TARGET = sys.argv[1] if len(sys.argv) > 1 else "https://gateway.northbeam.tools"
PROBES = ["https://evil.example", "null", "https://gateway.northbeam.tools.evil.example"]


def main() -> int:
    failed = False
    for origin in PROBES:
        r = requests.get(f"{TARGET}/healthz", headers={"Origin": origin}, timeout=10)
        acao = r.headers.get("Access-Control-Allow-Origin")
        if acao in (origin, "*"):
            print(f"FAIL {origin}: Access-Control-Allow-Origin: {acao}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
