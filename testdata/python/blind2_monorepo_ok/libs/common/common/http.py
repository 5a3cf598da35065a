"""Small HTTP helpers shared by the serverless functions."""
from collections.abc import Collection


def cors_headers(origin: str | None, allowed: Collection[str]) -> dict[str, str]:
    """Headers for a response to `origin`, empty unless it is in `allowed`."""
    if not origin or origin not in allowed:
        return {"Vary": "Origin"}
    return {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }


def json_headers(extra: dict[str, str] | None = None) -> dict[str, str]:
    headers = {"Content-Type": "application/json"}
    if extra:
        headers.update(extra)
    return headers
