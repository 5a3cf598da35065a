from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from tern.routers import notes, sync


def create_app() -> FastAPI:
    app = FastAPI(title="tern sync")
    origins = [
        "https://app.tern.so",
        "https://tern.so",
        # the desktop shell serves its UI from a loopback port
        "http://127.0.0.1:8765",  # want CORS007
    ]
    app.add_middleware(
        CORSMiddleware,
        allow_origins=origins,
        allow_methods=["GET", "POST", "PUT"],
        allow_headers=["Content-Type", "Authorization"],
    )
    app.include_router(notes.router)
    app.include_router(sync.router)
    return app


app = create_app()
