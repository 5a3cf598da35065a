"""Documents the configurations we reject in review; nothing here runs CORS."""
BAD_EXAMPLES = {
    "reflect": 'add_header Access-Control-Allow-Origin $http_origin;',
    "flask_default": "CORS(app)",
    "starlette_star_creds": 'allow_origins=["*"], allow_credentials=True',
}


def test_examples_are_strings():
    assert all(isinstance(v, str) for v in BAD_EXAMPLES.values())
