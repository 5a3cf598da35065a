import json
import os
import uuid

import boto3

dynamodb = boto3.resource("dynamodb")
table = dynamodb.Table(os.environ["FEEDBACK_TABLE"])


def _response(status, body):
    return {
        "statusCode": status,
        "headers": {
            "Content-Type": "application/json",
            "Access-Control-Allow-Origin": os.environ.get("ALLOWED_ORIGIN", "*"),  # want CORS008
            "Access-Control-Allow-Methods": "POST,OPTIONS",
        },
        "body": json.dumps(body),
    }


def lambda_handler(event, context):
    if event.get("requestContext", {}).get("http", {}).get("method") == "OPTIONS":
        return _response(204, {})
    payload = json.loads(event.get("body") or "{}")
    item = {"id": str(uuid.uuid4()), "text": payload.get("text", "")[:2000]}
    table.put_item(Item=item)
    return _response(201, {"id": item["id"]})
