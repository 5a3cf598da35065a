"""Integration tests: the API must refuse foreign origins."""
import pytest
from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)

EVIL = ["https://evil.example", "null", "http://app.brightlane.com"]


@pytest.mark.parametrize("origin", EVIL)
def test_rejects_foreign_origin(origin):
    r = client.get("/api/items", headers={"Origin": origin})
    assert r.headers.get("access-control-allow-origin") != origin


def test_allows_frontend():
    r = client.get("/api/items", headers={"Origin": "https://app.brightlane.com"})
    assert r.headers["access-control-allow-origin"] == "https://app.brightlane.com"
    assert r.headers["vary"] == "Origin"
