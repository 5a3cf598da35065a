import json
import os

import boto3

TABLE = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])


def _cors_headers():
    return {
        "Access-Control-Allow-Origin": "https://photos.example.com",
        "Access-Control-Allow-Methods": "GET,POST,OPTIONS",
        "Access-Control-Allow-Headers": "Content-Type,X-Api-Key",
        "Access-Control-Expose-Headers": "X-Amzn-RequestId,X-Api-Key",  # want CORS013
        "Access-Control-Max-Age": "86400",  # want CORS012
    }


def handler(event, context):
    if event.get("httpMethod") == "OPTIONS":
        return {"statusCode": 204, "headers": _cors_headers(), "body": ""}
    item = TABLE.get_item(Key={"id": event["pathParameters"]["id"]}).get("Item")
    return {
        "statusCode": 200 if item else 404,
        "headers": {**_cors_headers(), "Content-Type": "application/json"},
        "body": json.dumps(item or {}),
    }
