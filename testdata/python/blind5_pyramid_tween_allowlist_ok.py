"""Pyramid tween that adds CORS headers for the partner portal."""
from pyramid.config import Configurator
from pyramid.response import Response

PARTNER_ORIGINS = ("https://partners.example.com", "https://partners-eu.example.com")


def cors_tween_factory(handler, registry):
    def cors_tween(request):
        if request.method == "OPTIONS":
            response = Response(status=204)
        else:
            response = handler(request)
        origin = request.headers.get("Origin")
        response.vary = ("Origin",)
        if origin in PARTNER_ORIGINS:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT"
        return response

    return cors_tween


def main(global_config, **settings):
    with Configurator(settings=settings) as config:
        config.add_tween("partner_api.tweens.cors_tween_factory")
        config.scan()
    return config.make_wsgi_app()
