from flask import current_app, request


class CORS(object):
    """Amend a response with CORS headers; use with after_request."""

    @staticmethod
    def allow_everything(response):
        this = current_app.make_default_options_response()
        allowed = this.headers["allow"]
        headers = request.headers.get("Access-Control-Request-Headers", "*")

        response.headers.add("Access-Control-Allow-Origin", "*")  # want CORS001
        response.headers.add("Access-Control-Allow-Headers", headers)
        response.headers.add("Access-Control-Allow-Methods", allowed)
        response.headers.add("Access-Control-Allow-Credentials", "true")
        return response
