from django.urls import path

from biobridge.intel import views

app_name = "intel"
urlpatterns = [
    path("", views.index, name="index"),
]
