from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware

app = Starlette()

# fullmatch in starlette, so no ^...$ needed
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://(www|shop)\.copperkettle\.com",
    allow_credentials=True,
)
