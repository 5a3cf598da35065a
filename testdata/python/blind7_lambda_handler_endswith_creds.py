import json


def _cors_headers(event):
    origin = (event.get("headers") or {}).get("origin", "")
    headers = {"Vary": "Origin"}
    if origin.endswith("ridgewaybank.com"):  # want CORS001
        headers["Access-Control-Allow-Origin"] = origin
        headers["Access-Control-Allow-Credentials"] = "true"
    return headers


def handler(event, context):
    body = {"accounts": []}
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json", **_cors_headers(event)},
        "body": json.dumps(body),
    }
