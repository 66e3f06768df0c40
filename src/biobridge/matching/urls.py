from django.urls import path

from biobridge.matching import views

app_name = "matching"
urlpatterns = [
    path("", views.index, name="index"),
    path("organizations/<int:pk>/", views.organization_recommendations, name="organization"),
]
