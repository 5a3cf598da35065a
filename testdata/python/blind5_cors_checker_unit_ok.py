"""Unit tests for our CORS misconfiguration checker (tools/corscheck.py)."""
import pytest

from tools.corscheck import classify


class MockResponse:
    def __init__(self, headers):
        self.headers = headers


@pytest.mark.parametrize(
    "headers,expected",
    [
        ({"Access-Control-Allow-Origin": "*"}, "public"),
        (
            {
                "Access-Control-Allow-Origin": "https://evil.example",
                "Access-Control-Allow-Credentials": "true",
            },
            "reflects-with-credentials",
        ),
        ({"Access-Control-Allow-Origin": "null"}, "null"),
        ({}, "none"),
    ],
)
def test_classify(headers, expected):
    assert classify(MockResponse(headers), probe="https://evil.example") == expected
