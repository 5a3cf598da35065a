# An API Gateway proxy response: the runtime serialises it as JSON, so the
# Python True is sent as `true` and credentials are allowed.
import json


def handler(event: dict, context) -> dict:
    origin = event["headers"]["origin"]

    return {
        "isBase64Encoded": False,
        "statusCode": 200,
        "headers": {
            "Access-Control-Allow-Origin": origin,  # want CORS001 CORS018
            "Access-Control-Allow-Credentials": True,
            "Access-Control-Allow-Methods": "POST",
            "Access-Control-Allow-Headers": "Content-Type",
        },
        "body": json.dumps({"ok": True}),
    }
