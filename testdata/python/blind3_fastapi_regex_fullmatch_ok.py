import os

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from quill.auth import current_user
from quill.api import documents, media

app = FastAPI(title="quill-cms")

# Starlette full-matches allow_origin_regex, so no ^...$ is needed here.
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://(?:app|beta|editor)\.quillcms\.com",
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)

app.include_router(documents.router, dependencies=[Depends(current_user)])
app.include_router(media.router, dependencies=[Depends(current_user)])

if os.getenv("QUILL_ENABLE_METRICS") == "1":
    from prometheus_fastapi_instrumentator import Instrumentator

    Instrumentator().instrument(app).expose(app)
