from bottle import Bottle, request, response

app = Bottle()


@app.hook("after_request")
def enable_cors():
    origin = request.headers.get("Origin", "")
    if origin.startswith("https://") and origin.endswith(".acme.com"):  # want CORS006
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"


@app.route("/api/quotes")
def quotes():
    return {"quotes": []}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080)
