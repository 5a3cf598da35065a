from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

cors_kwargs = {
    "allow_origin_regex": ".*",  # want CORS001
    "allow_credentials": True,
    "allow_methods": ["*"],
    "allow_headers": ["*"],
}

app = FastAPI()
app.add_middleware(CORSMiddleware, **cors_kwargs)
