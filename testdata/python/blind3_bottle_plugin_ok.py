import bottle
from bottle import Bottle, response

FRONTEND = "https://app.harborline.io"


class CorsPlugin:
    """Adds fixed CORS headers for the single harborline front end."""

    name = "cors"
    api = 2

    def apply(self, callback, route):
        def wrapper(*args, **kwargs):
            response.headers["Access-Control-Allow-Origin"] = FRONTEND
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-Requested-With"
            if bottle.request.method != "OPTIONS":
                return callback(*args, **kwargs)
            return ""

        return wrapper


app = Bottle()
app.install(CorsPlugin())


@app.route("/berths", method=["GET", "OPTIONS"])
def berths():
    return {"berths": []}
