import pytest
from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)


@pytest.mark.parametrize(
    "origin",
    ["https://evil.example", "null", "http://app.saltmarsh.app", "https://app.saltmarsh.app.evil.example"],
)
def test_untrusted_origin_not_reflected(origin):
    resp = client.get("/health", headers={"Origin": origin})
    assert resp.headers.get("Access-Control-Allow-Origin") != origin
    assert "Access-Control-Allow-Credentials" not in resp.headers


def test_preflight_allows_frontend():
    resp = client.options(
        "/items",
        headers={
            "Origin": "https://app.saltmarsh.app",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization",
        },
    )
    assert resp.status_code == 200
    assert resp.headers["Access-Control-Allow-Origin"] == "https://app.saltmarsh.app"
    assert resp.headers["access-control-max-age"] == "600"
