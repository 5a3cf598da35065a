"""A client that sends CORS response headers as request headers (they do nothing)."""
import requests

API = "https://api.example.com"
headers = {
    "Content-Type": "application/json",
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Credentials": "true",
}


def fetch_items():
    return requests.get(f"{API}/items", headers=headers, timeout=5).json()


def push(item):
    return requests.post(f"{API}/items", json=item, headers={"Access-Control-Allow-Origin": "*"}, timeout=5)
