from fastapi.testclient import TestClient

from services.api.app.main import app


def test_cors_rejects_evil():
    c = TestClient(app)
    r = c.options("/", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"})
    assert r.status_code == 400
