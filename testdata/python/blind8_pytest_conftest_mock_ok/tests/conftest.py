import pytest
import responses


@pytest.fixture
def mocked_upstream():
    with responses.RequestsMock() as rsps:
        rsps.add(
            responses.GET,
            "https://upstream.example/api",
            json={"ok": True},
            headers={"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Credentials": "true"},
        )
        yield rsps
