from quart import Quart, request

app = Quart(__name__)
TRUSTED = {"https://live.reedcast.tv", "https://reedcast.tv"}


@app.after_request
async def cors(response):
    if request.origin in TRUSTED:
        response.access_control_allow_origin = request.origin  # want CORS018
        response.access_control_allow_credentials = True
        response.access_control_max_age = 86400  # want CORS012
    return response
