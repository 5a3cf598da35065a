"""API Gateway (REST, lambda-proxy) handler for the order history endpoint."""
import json
import os

import boto3

TABLE = boto3.resource("dynamodb").Table(os.environ["ORDERS_TABLE"])

ALLOWED_ORIGINS = ["https://app.acme.com", "https://m.acme.com"]


def _cors(event):
    origin = (event.get("headers") or {}).get("origin", "")
    return {
        "Access-Control-Allow-Origin": origin if origin in ALLOWED_ORIGINS else ALLOWED_ORIGINS[0],  # want CORS018
        "Access-Control-Allow-Credentials": "true",
    }


def handler(event, context):
    user = event["requestContext"]["authorizer"]["claims"]["sub"]
    items = TABLE.query(KeyConditionExpression="pk = :u", ExpressionAttributeValues={":u": user})
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json", **_cors(event)},
        "body": json.dumps(items["Items"], default=str),
    }
