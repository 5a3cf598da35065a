from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware

api = APIRouter(prefix="/api")


@api.get("/ping")
def ping():
    return "pong"


def build() -> FastAPI:
    app = FastAPI()
    app.include_router(api)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["https://reef.gannet.app"],
        allow_methods=["GET"],
        expose_headers=["Content-Range"],
    )
    return app


app = build()
