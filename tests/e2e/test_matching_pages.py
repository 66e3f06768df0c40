"""A demo startup sees sensible recommendations with reasons in Korean and English."""

import pytest

from biobridge.directory.demo import load_demo_directory
from biobridge.directory.models import Organization
from biobridge.matching.selectors import ORGANIZATION_INDEX
from tests.e2e.conftest import login, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def demo(db):
    ORGANIZATION_INDEX.clear()
    load_demo_directory()
    yield
    ORGANIZATION_INDEX.clear()


def test_startup_sees_recommendations_in_both_languages(page, demo):
    login(page, "startup@biobridge.demo", "biobridge-demo", lang="ko")
    page.click("[data-testid=nav-recommended]")
    cards = page.locator(".rec")
    cards.first.wait_for()
    names = cards.locator("a.title").all_inner_texts()
    # An ADC startup seeking a licensing partner: in-licensing pharma and a CDMO come first.
    assert {"한국BMS제약", "화이자"} & set(names[:4])
    assert "코엑스" not in names
    assert "찾는 것" in cards.first.locator(".reasons").inner_text()
    screenshot(page, "recommended-for-you-ko")

    page.click("[data-testid=lang-en]")
    cards = page.locator(".rec")
    cards.first.wait_for()
    assert "seeks" in cards.first.locator(".reasons").inner_text()
    screenshot(page, "recommended-for-you-en")


def test_organisation_page_loads_recommended_partners(page, demo):
    supplier = Organization.objects.get(name_en="CellMediaTech (demo)")
    page.goto(f"/en/directory/{supplier.pk}/")
    section = page.locator("[data-testid=recommendations]")
    section.wait_for()
    names = section.locator("a.title").all_inner_texts()
    assert "Samsung Biologics" in names[:3]
    assert "mutual interest" in section.inner_text()
    screenshot(page, "organization-recommendations")
