from bottle import Bottle, request, response

app = Bottle()
ALLOWED = ("https://kiosk.fernleaf.shop", "https://pos.fernleaf.shop")


@app.hook("after_request")
def cors():
    origin = request.get_header("Origin")
    if origin in ALLOWED:
        response.set_header("Access-Control-Allow-Origin", origin)  # want CORS018
