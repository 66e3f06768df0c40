from django.urls import path

from biobridge.partnering import console_views, views

app_name = "partnering"
urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:slug>/", views.browse, name="browse"),
    path("<slug:slug>/profile/", views.profile_edit, name="profile"),
    path("<slug:slug>/request/<int:profile_id>/", views.request_new, name="request_new"),
    path("<slug:slug>/requests/", views.request_list, name="requests"),
    path("<slug:slug>/requests/<int:pk>/", views.request_action, name="request_action"),
    path("<slug:slug>/agenda/", views.agenda, name="agenda"),
    path("<slug:slug>/agenda.ics", views.agenda_ics, name="agenda_ics"),
    path("<slug:slug>/meetings/<int:pk>/feedback/", views.feedback, name="feedback"),
    path("<slug:slug>/console/", console_views.console, name="console"),
    path("<slug:slug>/console/settings/", console_views.console_settings, name="console_settings"),
    path("<slug:slug>/console/run/", console_views.run_scheduler, name="run_scheduler"),
    path("<slug:slug>/console/runs/<int:pk>/", console_views.run_detail, name="run"),
    path("<slug:slug>/console/runs/<int:pk>/publish/", console_views.publish, name="publish"),
    path("<slug:slug>/console/meetings/<int:pk>/", console_views.meeting_edit, name="meeting_edit"),
    path(
        "<slug:slug>/console/meetings/<int:pk>/cancel/", console_views.meeting_cancel, name="meeting_cancel"
    ),
    path(
        "<slug:slug>/console/meetings/<int:pk>/attendance/",
        console_views.meeting_attendance,
        name="meeting_attendance",
    ),
    path("<slug:slug>/console/dashboard/", console_views.dashboard, name="dashboard"),
]
