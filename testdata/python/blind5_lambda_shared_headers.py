"""Shared response helpers for the upload API lambdas."""
import json
import os

CORS_HEADERS = {
    "Access-Control-Allow-Origin": os.environ.get("ALLOWED_ORIGIN", "*"),  # want CORS008
    "Access-Control-Allow-Headers": "Content-Type,Authorization,X-Amz-Date",
    "Access-Control-Allow-Methods": "OPTIONS,POST,GET",
    "Access-Control-Max-Age": "86400",  # want CORS012
}


def ok(body, status=200):
    return {
        "statusCode": status,
        "headers": {**CORS_HEADERS, "Content-Type": "application/json"},
        "body": json.dumps(body),
    }


def error(message, status=400):
    return ok({"error": message}, status=status)
