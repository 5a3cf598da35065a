import json
import os

SITE_ORIGIN = os.environ.get("SITE_ORIGIN", "https://www.acme.com")

CORS_HEADERS = {
    "Access-Control-Allow-Origin": SITE_ORIGIN,
    "Access-Control-Allow-Methods": "GET,OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type",
    "Access-Control-Max-Age": "600",
}


def handler(event, context):
    if event["requestContext"]["http"]["method"] == "OPTIONS":
        return {"statusCode": 204, "headers": CORS_HEADERS}
    items = [{"sku": "A-1", "price": 12.5}]
    return {
        "statusCode": 200,
        "headers": {**CORS_HEADERS, "Content-Type": "application/json"},
        "body": json.dumps(items),
    }
