from bottle import Bottle, hook, response

app = Bottle()


@app.hook("after_request")
def enable_cors():
    response.headers["Access-Control-Allow-Origin"] = "*"  # want CORS001
    response.headers["Access-Control-Allow-Credentials"] = "true"
    response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-Auth-Token"


@app.get("/status")
def status():
    return {"ok": True}
