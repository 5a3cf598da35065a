EXPECTED = {"Access-Control-Allow-Origin": "https://app.example.com"}


def check(resp) -> bool:
    for name, value in EXPECTED.items():
        if resp.headers.get(name) != value:
            return False
    return resp.headers != {"Access-Control-Allow-Origin": "*"}
