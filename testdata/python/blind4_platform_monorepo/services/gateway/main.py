"""Edge gateway: fans requests out to the internal services."""
import httpx
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import Response

UPSTREAMS = {
    "billing": "http://billing:8000",
    "admin": "http://admin:8000",
}

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://.*\.harborline\.com|http://localhost:\d+",  # want CORS006 CORS007
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

client = httpx.AsyncClient(timeout=10)


@app.api_route("/{service}/{path:path}", methods=["GET", "POST", "PUT", "DELETE"])
async def proxy(service: str, path: str, request: Request) -> Response:
    upstream = UPSTREAMS[service]
    r = await client.request(request.method, f"{upstream}/{path}", content=await request.body())
    return Response(r.content, status_code=r.status_code, headers={"Content-Type": r.headers.get("content-type", "")})
