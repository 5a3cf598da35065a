from fastapi import FastAPI
from fastapi.middleware import Middleware
from fastapi.middleware.cors import CORSMiddleware

from .routers import users, orders

app = FastAPI(
    title="shop-api",
    middleware=[
        Middleware(
            CORSMiddleware,
            allow_origins=["*"],  # want CORS001
            allow_credentials=True,
            allow_methods=["*"],
            allow_headers=["*"],
        )
    ],
)
app.include_router(users.router)
app.include_router(orders.router)
