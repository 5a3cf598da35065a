import json

from werkzeug.serving import run_simple
from werkzeug.wrappers import Request, Response

from tracing import current_trace_id
from weather import forecast_for


@Request.application
def application(request):
    city = request.args.get("city", "berlin")
    body = json.dumps(forecast_for(city))
    return Response(
        body,
        mimetype="application/json",
        headers={
            "Access-Control-Allow-Origin": "*",  # want CORS008
            "Access-Control-Expose-Headers": "X-Internal-Trace-Id, ETag",  # want CORS013
            "X-Internal-Trace-Id": current_trace_id(),
        },
    )


if __name__ == "__main__":
    run_simple("0.0.0.0", 5000, application)
