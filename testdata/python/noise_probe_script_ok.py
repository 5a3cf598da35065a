"""Check a deployed API's CORS answer."""
import sys

import httpx

PROBE_HEADERS = {
    "Origin": "https://evil.example",
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "authorization",
}
BAD_VALUES = [
    ("Access-Control-Allow-Origin", "*"),
    ("Access-Control-Allow-Credentials", "true"),
]


def probe(url: str) -> int:
    r = httpx.options(url, headers=PROBE_HEADERS, timeout=10)
    for name, bad in BAD_VALUES:
        if r.headers.get(name) == bad:
            print(f"{name}: {bad}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(probe(sys.argv[1]))
