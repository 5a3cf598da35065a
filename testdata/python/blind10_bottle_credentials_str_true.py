from bottle import Bottle, request, response

app = Bottle()


@app.hook("after_request")
def enable_cors():
    response.set_header("Access-Control-Allow-Origin", "https://kiosk.marigold.shop")
    response.set_header("Access-Control-Allow-Credentials", str(True))  # want CORS010
