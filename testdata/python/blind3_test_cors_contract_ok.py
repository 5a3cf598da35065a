"""Contract tests for the CORS behaviour of the public API.

These make requests with hostile origins and assert that nothing is echoed.
"""
import pytest
from fastapi.testclient import TestClient

from atlas.main import app

client = TestClient(app)

EVIL = "https://evil.attacker.example"


@pytest.mark.parametrize("origin", [EVIL, "null", "http://app.atlasmaps.io"])
def test_untrusted_origin_not_echoed(origin):
    resp = client.get("/v1/tiles/meta", headers={"Origin": origin})
    assert "access-control-allow-origin" not in resp.headers


def test_trusted_origin_echoed():
    resp = client.get("/v1/tiles/meta", headers={"Origin": "https://app.atlasmaps.io"})
    assert resp.headers["Access-Control-Allow-Origin"] == "https://app.atlasmaps.io"
    assert resp.headers["Vary"] == "Origin"


def test_preflight_rejects_star_headers():
    resp = client.options(
        "/v1/tiles/meta",
        headers={
            "Origin": "https://app.atlasmaps.io",
            "Access-Control-Request-Method": "DELETE",
            "Access-Control-Request-Headers": "*",
        },
    )
    assert resp.status_code == 400
    assert resp.headers.get("Access-Control-Allow-Origin") != "*"
