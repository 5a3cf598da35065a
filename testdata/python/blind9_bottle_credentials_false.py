from bottle import Bottle, response

app = Bottle()


@app.hook("after_request")
def enable_cors():
    response.headers["Access-Control-Allow-Origin"] = "https://kb.acme.com"
    response.headers["Access-Control-Allow-Credentials"] = "false"  # want CORS010
