from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from biobridge.config import views
from biobridge.config.api import api

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("api/", api.urls),
    path("", RedirectView.as_view(url="/ko/", permanent=False)),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("accounts/", include("allauth.urls")),
    path("account/", include("biobridge.accounts.urls")),
    path("directory/", include("biobridge.directory.urls")),
    path("events/", include("biobridge.events.urls")),
    path("partnering/", include("biobridge.partnering.urls")),
    path("programs/", include("biobridge.programs.urls")),
    path("news/", include("biobridge.intel.urls")),
    path("matching/", include("biobridge.matching.urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=True,
)
