import json

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .models import Widget


@csrf_exempt
def widget_list(request):
    data = [{"id": w.pk, "name": w.name} for w in Widget.objects.all()]
    response = JsonResponse(data, safe=False)
    response["Access-Control-Allow-Origin"] = request.META.get("HTTP_ORIGIN", "")  # want CORS002 CORS018
    response["Access-Control-Allow-Methods"] = "GET, OPTIONS"
    return response


@csrf_exempt
def widget_create(request):
    payload = json.loads(request.body)
    w = Widget.objects.create(name=payload["name"])
    return JsonResponse({"id": w.pk}, status=201)
