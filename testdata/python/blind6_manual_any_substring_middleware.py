from starlette.middleware.base import BaseHTTPMiddleware

ALLOWED = ("https://app.tidepool.health", "https://clinic.tidepool.health")


class SimpleCORS(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        response = await call_next(request)
        origin = request.headers.get("origin", "")
        if any(allowed in origin for allowed in ALLOWED):  # want CORS004
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Vary"] = "Origin"
        return response
