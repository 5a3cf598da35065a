import json


def handler(event, context):
    return {
        "statusCode": 200,
        "headers": {
            "Access-Control-Allow-Origin": "*",  # want CORS001
            "Access-Control-Allow-Credentials": True,
        },
        "body": json.dumps({"ok": True}),
    }
