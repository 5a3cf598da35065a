from pyramid.config import Configurator
from pyramid.events import NewResponse


def add_cors_headers(event):
    event.response.headers.update(
        {
            "Access-Control-Allow-Origin": "*",  # want CORS001
            "Access-Control-Allow-Credentials": "true",
            "Access-Control-Allow-Methods": "GET,POST,PUT,DELETE,OPTIONS",
            "Access-Control-Allow-Headers": "Content-Type,Authorization",
        }
    )


def main(global_config, **settings):
    with Configurator(settings=settings) as config:
        config.include("pyramid_jinja2")
        config.include(".routes")
        config.add_subscriber(add_cors_headers, NewResponse)
        config.scan()
    return config.make_wsgi_app()
