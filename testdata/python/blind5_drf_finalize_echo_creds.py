from rest_framework.response import Response
from rest_framework.views import APIView


class CORSMixin:
    """Lets the embedded widget call the API from customer sites."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = request.META.get("HTTP_ORIGIN", "*")  # want CORS001 CORS018
        response["Access-Control-Allow-Credentials"] = "true"
        response["Access-Control-Allow-Headers"] = "content-type, x-csrftoken"
        return response


class WidgetConfigView(CORSMixin, APIView):
    def get(self, request):
        return Response({"theme": "light", "user": request.user.username})
