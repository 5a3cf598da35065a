from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def profile(request):
    response = JsonResponse({"name": request.user.get_full_name()})
    response["Access-Control-Allow-Origin"] = "*"  # want CORS001
    response["Access-Control-Allow-Credentials"] = "true"
    return response
