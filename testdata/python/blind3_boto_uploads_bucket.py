"""One-off provisioning for the customer uploads bucket. Run with AWS_PROFILE=tern-prod."""
import boto3
from botocore.exceptions import ClientError

BUCKET = "tern-customer-uploads"

s3 = boto3.client("s3", region_name="eu-west-1")


def ensure_bucket():
    try:
        s3.head_bucket(Bucket=BUCKET)
    except ClientError:
        s3.create_bucket(
            Bucket=BUCKET,
            CreateBucketConfiguration={"LocationConstraint": "eu-west-1"},
        )


def configure_cors():
    s3.put_bucket_cors(
        Bucket=BUCKET,
        CORSConfiguration={
            "CORSRules": [
                {
                    "AllowedOrigins": ["https://*.tern.so"],  # want CORS006
                    "AllowedMethods": ["GET", "PUT", "POST"],
                    "AllowedHeaders": ["Content-Type", "Content-MD5", "x-amz-*"],
                    "ExposeHeaders": ["ETag"],
                    "MaxAgeSeconds": 3000,
                }
            ]
        },
    )


if __name__ == "__main__":
    ensure_bucket()
    configure_cors()
