from django.urls import path

from biobridge.events import views

app_name = "events"
urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/register/", views.register_view, name="register"),
    path("<slug:slug>/cancel/", views.cancel_view, name="cancel"),
    path("<slug:slug>/manage/", views.manage, name="manage"),
    path("<slug:slug>/manage/<int:pk>/check-in/", views.check_in, name="check_in"),
    path("<slug:slug>/manage/<int:pk>/cancel/", views.cancel_registrant, name="cancel_registrant"),
    path("<slug:slug>/manage/registrants.csv", views.export_csv, name="export"),
    path("<slug:slug>/manage/import/", views.import_csv, name="import"),
]
