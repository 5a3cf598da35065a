async def app(scope, receive, send):
    await send({
        "type": "http.response.start",
        "status": 200,
        "headers": [
            (b"content-type", b"application/json"),
            (b"access-control-allow-origin", b"*"),  # want CORS008
        ],
    })
    await send({"type": "http.response.body", "body": b"{}"})
