from fastapi import FastAPI, Request

app = FastAPI()


@app.middleware("http")
async def cors_headers(request: Request, call_next):
    response = await call_next(request)
    origin = request.headers.get("origin")
    if origin:
        # TODO: restrict once the partner list is final
        response.headers["Access-Control-Allow-Origin"] = origin  # want CORS001 CORS018
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
    return response
