from django.urls import path

from biobridge.partnering import views

app_name = "partnering"
urlpatterns = [
    path("", views.index, name="index"),
]
