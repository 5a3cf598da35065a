import pytest


@pytest.mark.parametrize("origin", ["https://evil.example", "null", "http://localhost:3000"])
def test_untrusted_origins_rejected(client, origin):
    resp = client.get("/api/items", headers={"Origin": origin})
    assert "Access-Control-Allow-Origin" not in resp.headers


def test_public_assets_wildcard(client):
    resp = client.get("/static/logo.svg", headers={"Origin": "https://any.example"})
    assert resp.headers["Access-Control-Allow-Origin"] == "*"
