"""Models of programs, one module per part of the workflow (imported here for Django and callers)."""

from biobridge.programs.models.applications import (
    Application,
    ApplicationVersion,
    Attachment,
    attachment_path,
    private_storage,
)
from biobridge.programs.models.calls import Criterion, FormField, Program, ProgramStage
from biobridge.programs.models.coaching import (
    Booking,
    MentorMatch,
    Milestone,
    ProgressReport,
    SessionNote,
    Slot,
)
from biobridge.programs.models.review import (
    Award,
    DeclaredConflict,
    ExpertProfile,
    Review,
    ReviewAssignment,
    Score,
)

__all__ = [
    "Application",
    "ApplicationVersion",
    "Attachment",
    "Award",
    "Booking",
    "Criterion",
    "DeclaredConflict",
    "ExpertProfile",
    "FormField",
    "MentorMatch",
    "Milestone",
    "Program",
    "ProgramStage",
    "ProgressReport",
    "Review",
    "ReviewAssignment",
    "Score",
    "SessionNote",
    "Slot",
    "attachment_path",
    "private_storage",
]
