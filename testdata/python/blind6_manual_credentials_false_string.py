from bottle import Bottle, response

app = Bottle()


@app.hook("after_request")
def cors():
    response.set_header("Access-Control-Allow-Origin", "https://kiosk.fernleaf.shop")
    response.set_header("Access-Control-Allow-Credentials", "false")  # want CORS010
