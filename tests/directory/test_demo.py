import pytest

from biobridge.accounts.models import User
from biobridge.directory.demo import demo_data, load_demo_directory
from biobridge.directory.models import Agreement, Organization
from biobridge.directory.selectors import search_organizations

pytestmark = pytest.mark.django_db


def test_demo_directory_loads_the_articles_world_and_is_idempotent():
    first = load_demo_directory()
    counts = (Organization.objects.count(), Agreement.objects.count(), User.objects.count())
    second = load_demo_directory()
    assert first.created == len(demo_data()["organizations"]) >= 40
    assert second.created == 0 and second.agreements == 0
    assert (Organization.objects.count(), Agreement.objects.count(), User.objects.count()) == counts
    mou = Agreement.objects.get(title_ko="바이오 소부장 실증지원 업무협약")
    assert mou.parties.count() == 10
    assert [o.name_en for o in search_organizations(q="KRIBB")] == [
        "Korea Research Institute of Bioscience and Biotechnology"
    ]


def test_demo_users_log_in_with_the_printed_password(client):
    report = load_demo_directory()
    email, password, _what = report.users[0]
    assert client.login(email=email, password=password)
