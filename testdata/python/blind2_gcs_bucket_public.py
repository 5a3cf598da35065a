"""One-off: make the fonts bucket loadable from any site."""
from google.cloud import storage


def configure(bucket_name: str = "acme-public-fonts") -> None:
    client = storage.Client()
    bucket = client.get_bucket(bucket_name)
    bucket.cors = [
        {
            "origin": ["*"],  # want CORS008
            "method": ["GET", "HEAD"],
            "responseHeader": ["Content-Type"],
            "maxAgeSeconds": 3600,
        }
    ]
    bucket.patch()
    print(f"CORS on {bucket.name}: {bucket.cors}")


if __name__ == "__main__":
    configure()
