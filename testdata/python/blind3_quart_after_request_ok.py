"""Async chat backend (Quart). CORS is done by hand because quart-cors pinned an old Quart."""
from quart import Quart, jsonify, request, websocket

app = Quart(__name__)

ALLOWED_ORIGINS = {
    "https://chat.lumenpost.com",
    "https://lumenpost.com",
}


@app.after_request
async def cors_headers(response):
    origin = request.headers.get("Origin")
    if origin and origin in ALLOWED_ORIGINS:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, Authorization"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
    response.headers["Vary"] = "Origin"
    return response


@app.route("/rooms", methods=["GET"])
async def rooms():
    return jsonify(await app.db.list_rooms())


@app.websocket("/ws")
async def ws():
    while True:
        data = await websocket.receive()
        await websocket.send(data)
