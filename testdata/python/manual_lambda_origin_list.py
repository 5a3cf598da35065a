def lambda_handler(event, context):
    return {
        "statusCode": 200,
        "body": "hello",
        "headers": {
            "Access-Control-Allow-Credentials": True,
            "Access-Control-Allow-Origin": "http://127.0.0.1:5000, https://d1abc.cloudfront.net",  # want CORS009
            "Access-Control-Allow-Methods": "POST, PUT, GET, OPTIONS",
        },
    }
