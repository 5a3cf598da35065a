"""Thin client used by the CLI and the integration suite."""
import requests

DEFAULT_HEADERS = {
    "Origin": "https://app.harborline.com",
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "authorization",
}


class Client:
    def __init__(self, base_url: str, token: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}"})

    def preflight(self, path: str) -> dict:
        r = self.session.options(f"{self.base_url}{path}", headers=DEFAULT_HEADERS)
        return {k: v for k, v in r.headers.items() if k.lower().startswith("access-control-")}
