from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .tenants import router as tenant_router

app = FastAPI()

# every customer gets <slug>.tenants.hivedesk.io
TENANT_ORIGIN_RE = r"https://[a-z0-9-]+\.tenants\.hivedesk\.io" # want CORS006

app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=TENANT_ORIGIN_RE,
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Authorization", "Content-Type"],
)

app.include_router(tenant_router)
