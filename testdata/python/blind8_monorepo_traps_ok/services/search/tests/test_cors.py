from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)


def test_evil_origin_rejected():
    r = client.get("/", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers


def test_null_origin_rejected():
    r = client.options(
        "/",
        headers={"Origin": "null", "Access-Control-Request-Method": "GET"},
    )
    assert r.status_code == 400
