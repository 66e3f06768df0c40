from django.urls import path

from biobridge.programs import views

app_name = "programs"
urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.program_detail, name="detail"),
    path("<int:pk>/apply/", views.apply, name="apply"),
    path("<int:pk>/console/", views.console, name="console"),
    path("<int:pk>/setup/", views.setup, name="setup"),
    path("applications/<int:pk>/", views.application_detail, name="application"),
    path("files/<uuid:attachment_id>/", views.attachment_download, name="attachment"),
    path("reviews/", views.reviews, name="reviews"),
    path("expertise/", views.expertise, name="expertise"),
    path("reviews/<int:pk>/", views.review, name="review"),
    path("coaching/", views.coaching, name="coaching"),
    path("coaching/sessions/<int:pk>/", views.booking_detail, name="booking"),
]
