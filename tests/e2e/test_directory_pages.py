"""Directory pages in a real browser: language switch, Korean search, detail, edit own, refused edit."""

import pytest

from biobridge.directory.demo import load_demo_directory
from biobridge.directory.models import Organization
from tests.e2e.conftest import login, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def demo(db):
    load_demo_directory()


def test_switch_language_and_search_celltrion(page, demo):
    page.goto("/ko/")
    assert page.locator("h1").inner_text() == "바이오 클러스터의 협력 플랫폼"
    page.click("[data-testid=lang-en]")
    page.wait_for_url("**/en/")
    assert page.locator("h1").inner_text() == "The collaboration platform of the bio-industry cluster"
    page.click("[data-testid=lang-ko]")
    page.click("text=디렉터리")
    page.fill("#id_q", "셀트리온")
    page.keyboard.press("Enter")
    page.wait_for_selector("#results a.title >> text=셀트리온")
    screenshot(page, "directory-search-celltrion")
    first = page.locator("#results a.title").first
    assert first.inner_text() == "셀트리온"
    first.click()
    assert page.locator("[data-testid=org-name]").inner_text() == "셀트리온"
    assert page.locator("text=바이오 소부장 실증지원 업무협약").is_visible()
    screenshot(page, "organization-detail-celltrion")


def test_edit_own_organisation_and_fail_to_edit_another(page, demo):
    celltrion = Organization.objects.get(name_en="Celltrion")
    samsung = Organization.objects.get(name_en="Samsung Biologics")
    login(page, "bd@celltrion.demo", "biobridge-demo", lang="en")
    page.goto(f"/en/directory/{celltrion.pk}/")
    page.click("[data-testid=edit-org]")
    page.fill("#id_description_en", "Biosimilars and new antibody drugs; looking for ADC partners.")
    page.click("[data-testid=save-org]")
    page.wait_for_selector("text=Saved.")
    screenshot(page, "organization-edited")
    celltrion.refresh_from_db()
    assert celltrion.description_en == "Biosimilars and new antibody drugs; looking for ADC partners."

    page.goto(f"/en/directory/{samsung.pk}/")
    assert page.locator("[data-testid=edit-org]").count() == 0
    response = page.goto(f"/en/directory/{samsung.pk}/edit/")
    assert response.status == 403
    samsung.refresh_from_db()
    assert samsung.description_en.startswith("Songdo-based CDMO")


def test_edit_form_shows_errors_next_to_fields(page, demo):
    celltrion = Organization.objects.get(name_en="Celltrion")
    login(page, "bd@celltrion.demo", "biobridge-demo", lang="ko")
    page.goto(f"/ko/directory/{celltrion.pk}/edit/")
    page.fill("#id_name_en", "Samsung Biologics")
    page.click("[data-testid=save-org]")
    error = page.locator(".field.has-error .error").first
    assert "삼성바이오로직스" in error.inner_text()
    screenshot(page, "organization-edit-error")
    celltrion.refresh_from_db()
    assert celltrion.name_en == "Celltrion"
