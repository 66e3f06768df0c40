import pytest

from biobridge.directory.demo import load_demo_directory
from biobridge.programs.demo import TITLE_KO, demo_lines
from biobridge.programs.enums import ApplicationState
from biobridge.programs.models import Application, Award, Booking, Program, Review, ReviewAssignment

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_demo_runs_the_seoul_bms_challenge_once():
    load_demo_directory()
    lines = demo_lines()
    program = Program.objects.get(title_ko=TITLE_KO)
    assert program.stages.get(kind="pitch").starts_on.isoformat() == "2023-05-22"
    assert program.applications.filter(state=ApplicationState.SELECTED).count() == 2
    assert Application.objects.filter(program=program).count() == 49
    assert ReviewAssignment.objects.filter(stage__kind="review").count() == 147
    assert ReviewAssignment.objects.filter(stage__kind="pitch").count() == 30
    assert Review.objects.count() == 177
    assert sorted(Award.objects.values_list("amount", flat=True)) == [40_000_000, 40_000_000]
    assert "온코브릿지 (데모)" in lines[2]
    assert Booking.objects.count() == 2
    assert demo_lines() == [f"program '{TITLE_KO}' already there (49 applications)"]
    assert Program.objects.count() == 2 and Booking.objects.count() == 2
    assert Program.objects.exclude(title_ko=TITLE_KO).get().applications.count() == 0
