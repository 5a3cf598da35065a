from werkzeug.wrappers import Request, Response


@Request.application
def application(request):
    return Response(
        '{"ok": true}',
        mimetype="application/json",
        headers={
            "Access-Control-Allow-Origin": "*",  # want CORS008
            "Access-Control-Allow-Headers": "Authorization, Content-Type",
        },
    )
