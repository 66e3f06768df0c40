import datetime as dt

import pytest

from biobridge.directory.demo import load_demo_directory
from biobridge.events.demo import load_demo_events
from biobridge.events.models import Event, Registration
from biobridge.events.templatetags.events import event_time

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(taxonomy):
    load_demo_directory()
    return load_demo_events()


def test_demo_loads_bix_and_the_siheung_series_once(demo):
    assert demo == {"events": 6, "registrations": 34, "delegates": 30}
    assert load_demo_events() == {"events": 0, "registrations": 0, "delegates": 30}
    assert (Event.objects.count(), Registration.objects.count()) == (6, 34)


def test_demo_bix_matches_article_000(demo):
    bix = Event.objects.get(slug="bix-2023")
    assert (bix.name_ko, bix.venue_en, bix.starts_on, bix.ends_on, bix.expected_visitors) == (
        "바이오플러스-인터펙스 코리아 2023",
        "COEX, Seoul",
        dt.date(2023, 7, 12),
        dt.date(2023, 7, 14),
        10000,
    )
    assert [o.name_ko for o in bix.organizers.all()] == ["한국바이오협회"]
    talk = bix.sessions.get(speakers__name_en="Nancy Travis")
    assert (talk.title_ko, event_time(talk.starts_at, bix)) == (
        "미 바이오기술·제조 행정명령과 BIO USA 2023 디브리핑",
        "10:00",
    )
    assert talk.starts_at.date() == dt.date(2023, 7, 13)
    emails = set(bix.registrations.values_list("user__email", flat=True))
    assert {
        "startup@biobridge.demo",
        "bd@celltrion.demo",
        "supplier@biobridge.demo",
        "mentor@bms.demo",
    } <= emails
    assert bix.registrations.filter(ticket_type__includes_partnering=True, status="confirmed").count() == 34


def test_demo_siheung_series_has_four_seminars_three_planned(demo):
    series = Event.objects.get(slug="siheung-k-bio-2023")
    seminars = list(series.children.order_by("starts_on").values_list("starts_on", "status"))
    assert seminars == [
        (dt.date(2023, 4, 28), "scheduled"),
        (dt.date(2023, 5, 26), "planned"),
        (dt.date(2023, 6, 9), "planned"),
        (dt.date(2023, 6, 23), "planned"),
    ]
    first = series.children.get(starts_on=dt.date(2023, 4, 28))
    assert first.venue_ko == "시흥비즈니스센터"
    panel = first.sessions.get(title_en="Panel discussion")
    assert sorted(p.name_ko for p in panel.panelists.all()) == ["윤원수", "이승규", "정진현"]
    assert sorted(o.name_ko for o in series.organizers.all()) == ["시흥산업진흥원", "한국공학대학교"]
