import pytest

from myapp import create_app


@pytest.fixture
def client():
    app = create_app({"TESTING": True})
    with app.test_client() as c:
        yield c


def test_preflight_public(client):
    resp = client.options("/public", headers={"Origin": "https://evil.example"})
    assert resp.headers["Access-Control-Allow-Origin"] == "*"


def test_credentialed_rejected(client):
    resp = client.get("/api/me", headers={"Origin": "null"})
    assert "Access-Control-Allow-Origin" not in resp.headers
    assert resp.headers.get("Access-Control-Allow-Credentials") != "true"
