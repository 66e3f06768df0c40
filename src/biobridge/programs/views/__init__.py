"""Pages of programs, split by who uses them."""

from biobridge.programs.views.applicant import application_detail, apply, attachment_download
from biobridge.programs.views.coaching import booking_detail, coaching
from biobridge.programs.views.expertise import expertise
from biobridge.programs.views.operator import console
from biobridge.programs.views.public import index, program_detail
from biobridge.programs.views.reviewer import review, reviews
from biobridge.programs.views.setup import setup

__all__ = [
    "application_detail",
    "apply",
    "attachment_download",
    "booking_detail",
    "coaching",
    "console",
    "expertise",
    "index",
    "program_detail",
    "review",
    "reviews",
    "setup",
]
