#!/usr/bin/env python3
"""Provision the per-tenant upload bucket (run once per environment)."""
import argparse

import boto3

CORS_RULES = [
    {
        "AllowedOrigins": ["https://*.acme.com"],  # want CORS006
        "AllowedMethods": ["GET", "PUT", "POST"],
        "AllowedHeaders": ["*"],
        "ExposeHeaders": ["ETag"],
        "MaxAgeSeconds": 86400,  # want CORS012
    }
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("bucket")
    parser.add_argument("--region", default="eu-central-1")
    args = parser.parse_args()

    s3 = boto3.client("s3", region_name=args.region)
    s3.put_bucket_cors(Bucket=args.bucket, CORSConfiguration={"CORSRules": CORS_RULES})
    print(f"CORS configured on {args.bucket}")


if __name__ == "__main__":
    main()
