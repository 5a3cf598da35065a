"""Create the uploads bucket and its CORS rules."""
import boto3

s3 = boto3.client("s3")

cors_configuration = {
    "CORSRules": [
        {
            "AllowedHeaders": ["Authorization"],
            "AllowedMethods": ["GET", "PUT"],
            "AllowedOrigins": ["*"],  # want CORS008
            "ExposeHeaders": ["ETag"],
            "MaxAgeSeconds": 3000,
        },
        {
            "AllowedMethods": ["GET"],
            # S3 echoes a matched origin with Allow-Credentials: true.
            "AllowedOrigins": ["https://app.example.com", "http://app.example.com"],  # want CORS001
        },
    ]
}


def main() -> None:
    s3.put_bucket_cors(Bucket="uploads", CORSConfiguration=cors_configuration)
