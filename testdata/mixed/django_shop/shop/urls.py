from django.contrib import admin
from django.urls import include, path

from shop.api import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("shop.api.urls")),
    path("widget.js", views.widget_js),
]
