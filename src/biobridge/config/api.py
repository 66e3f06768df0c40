"""The one assembly point of the REST API: every app's router is mounted here."""

from ninja import NinjaAPI

from biobridge.common.api import install_error_handlers
from biobridge.directory.api import router as directory_router
from biobridge.events.api import router as events_router
from biobridge.intel.api import router as intel_router
from biobridge.matching.api import router as matching_router
from biobridge.partnering.api import router as partnering_router
from biobridge.programs.api import router as programs_router

api = NinjaAPI(
    title="BioBridge API",
    version="1",
    description="Directory, partnering, programs, supply, facilities and news intelligence of a bio cluster.",
    urls_namespace="api",
)
install_error_handlers(api)
api.add_router("/directory/", directory_router, tags=["directory"])
api.add_router("/matching/", matching_router, tags=["matching"])
api.add_router("/events/", events_router, tags=["events"])
api.add_router("/partnering/", partnering_router, tags=["partnering"])
api.add_router("/programs/", programs_router, tags=["programs"])
api.add_router("/intel/", intel_router, tags=["intel"])
