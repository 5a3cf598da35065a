def test_api_origin_allowed(client):
    resp = client.get("/api/models", headers={"Origin": "http://localhost:3000"})
    assert resp.headers["Access-Control-Allow-Origin"] == "http://localhost:3000"


def test_api_origin_rejected(client):
    resp = client.get("/api/models", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in resp.headers
