from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .deps import get_current_user
from .routers import projects, users

app = FastAPI(title="acme cloud console API", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://acme.cloud"],
    # every customer workspace is served from its own subdomain
    allow_origin_regex=r"https://.*\.acme\.cloud",  # want CORS006
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)

app.include_router(users.router, prefix="/users", dependencies=[Depends(get_current_user)])
app.include_router(projects.router, prefix="/projects", dependencies=[Depends(get_current_user)])
