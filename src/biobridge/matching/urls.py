from django.urls import path

from biobridge.matching import views

app_name = "matching"
urlpatterns = [
    path("", views.index, name="index"),
]
