"""Lambda proxy handler for the thumbnails API (API Gateway REST, lambda-proxy)."""
import base64
import json
import os

import boto3

s3 = boto3.client("s3")
BUCKET = os.environ["THUMBS_BUCKET"]
FRONTEND_ORIGIN = os.environ["FRONTEND_ORIGIN"]

CORS_HEADERS = {
    "Access-Control-Allow-Origin": FRONTEND_ORIGIN,
    "Access-Control-Allow-Methods": "GET,OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type,Authorization",
}


def handler(event, context):
    if event.get("httpMethod") == "OPTIONS":
        return {"statusCode": 204, "headers": CORS_HEADERS, "body": ""}
    key = event["pathParameters"]["key"]
    obj = s3.get_object(Bucket=BUCKET, Key=f"thumbs/{key}")
    return {
        "statusCode": 200,
        "headers": {**CORS_HEADERS, "Content-Type": obj["ContentType"]},
        "body": base64.b64encode(obj["Body"].read()).decode(),
        "isBase64Encoded": True,
    }


def not_found():
    return {"statusCode": 404, "headers": CORS_HEADERS, "body": json.dumps({"error": "missing"})}
