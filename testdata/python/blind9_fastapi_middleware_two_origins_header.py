from fastapi import FastAPI, Request

app = FastAPI()


@app.middleware("http")
async def add_cors_headers(request: Request, call_next):
    response = await call_next(request)
    response.headers["Access-Control-Allow-Origin"] = "https://a.acme.com, https://b.acme.com"  # want CORS009
    return response
