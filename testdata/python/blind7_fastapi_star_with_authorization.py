import uvicorn
from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import HTTPBearer

security = HTTPBearer()
app = FastAPI(docs_url="/docs")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],  # want CORS008
    allow_methods=["GET", "POST"],
    allow_headers=["Authorization", "Content-Type"],
)


@app.get("/reports")
def reports(token=Depends(security)):
    return []


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=8000)
