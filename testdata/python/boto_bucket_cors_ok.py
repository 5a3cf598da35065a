import boto3

bucket_cors = boto3.resource("s3").BucketCors("assets")
bucket_cors.put(
    CORSConfiguration={
        "CORSRules": [
            {
                "AllowedMethods": ["GET", "HEAD"],
                "AllowedOrigins": ["https://www.example.com"],
                "MaxAgeSeconds": 600,
            }
        ]
    }
)

# Reading the rules back is not setting them.
rules = boto3.client("s3").get_bucket_cors(Bucket="assets")["CORSRules"]
