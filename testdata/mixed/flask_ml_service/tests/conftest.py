import pytest

from app import create_app


class TestConfig:
    TESTING = True
    SECRET_KEY = "test"
    MODEL_PATH = "/tmp/model"
    ALLOWED_ORIGINS = ["http://localhost:3000"]


@pytest.fixture()
def client():
    return create_app(TestConfig).test_client()
