import json


def respond(status, payload):
    return {
        "statusCode": status,
        "headers": {
            "Access-Control-Allow-Origin": "*",  # want CORS008
            "Access-Control-Allow-Headers": "Content-Type,Authorization",
            "Content-Type": "application/json",
        },
        "body": json.dumps(payload),
    }


def lambda_handler(event, context):
    user = event["requestContext"]["authorizer"]["claims"]["sub"]
    return respond(200, {"user": user})
