"""The one assembly point of the REST API: every app's router is mounted here."""

from ninja import NinjaAPI

from biobridge.common.api import install_error_handlers
from biobridge.directory.api import router as directory_router

api = NinjaAPI(
    title="BioBridge API",
    version="1",
    description="Directory, partnering, programs, supply, facilities and news intelligence of a bio cluster.",
    urls_namespace="api",
)
install_error_handlers(api)
api.add_router("/directory/", directory_router, tags=["directory"])
