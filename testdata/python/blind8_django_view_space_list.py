from django.http import JsonResponse


def feed(request):
    response = JsonResponse({"items": []})
    response["Access-Control-Allow-Origin"] = "https://reader.owlpost.net https://owlpost.net"  # want CORS009
    return response
