"""The ecosystem map in a real browser: the graph is drawn from the API, a click on a node opens
its timeline with links to the articles."""

import pytest

from biobridge.directory.demo import load_demo_directory
from biobridge.directory.selectors import find_organization
from biobridge.intel.demo import load_demo_news
from tests.e2e.conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def demo_news(db):
    load_demo_directory()
    load_demo_news()


def node_point(page, org_id: int) -> tuple[float, float]:
    """Page coordinates of an organisation's node on the cytoscape canvas."""
    box = page.locator("#cy").bounding_box()
    pos = page.evaluate(f"() => window.biobridgeMap.getElementById('o{org_id}').renderedPosition()")
    return box["x"] + pos["x"], box["y"] + pos["y"]


def test_map_click_node_shows_timeline(page, demo_news):
    association = find_organization("한국바이오협회")
    page.goto("/ko/news/map/")
    page.wait_for_selector("#ecomap[data-loaded=true]")
    status = page.locator("[data-testid=map-status]").inner_text()
    assert status.endswith("연결") or "organisations" in status or "기관" in status
    assert page.evaluate("() => window.biobridgeMap.nodes().length") > 10

    x, y = node_point(page, association.pk)
    page.mouse.click(x, y)

    page.wait_for_selector("[data-testid=timeline-item]")
    assert page.locator("#timeline-title").inner_text() == "한국바이오협회"
    items = page.locator("[data-testid=timeline-item]")
    assert items.count() >= 2
    assert page.locator("#timeline-list .source").first.get_attribute("href").startswith("/ko/news/articles/")
    screenshot(page, "intel-map-timeline")

    page.locator("#timeline-list .source").first.click()
    page.wait_for_selector("[data-testid=article-title]")
    assert page.locator("[data-testid=article-body] mark.org").count() > 5


def test_map_filter_by_relation_type(page, demo_news):
    page.goto("/ko/news/map/")
    page.wait_for_selector("#ecomap[data-loaded=true]")
    everything = page.evaluate("() => window.biobridgeMap.edges().length")

    with page.expect_response(lambda r: "/api/intel/graph?rel_type=mou" in r.url):
        page.select_option("#id_rel_type", "mou")
    page.wait_for_function("() => window.biobridgeMap.edges().every(e => e.data('type') === 'mou')")

    mou_edges = page.evaluate("() => window.biobridgeMap.edges().length")
    assert 0 < mou_edges < everything
    assert "rel_type=mou" in page.url
    screenshot(page, "intel-map-mou-only")


def test_map_in_english_keyboard_access_to_a_timeline(page, demo_news):
    page.goto("/en/news/map/")
    page.wait_for_selector("#ecomap[data-loaded=true]")
    assert page.locator("h1").inner_text() == "Ecosystem map"

    page.click("summary")
    page.locator("#map-org-list button", has_text="Celltrion").first.focus()
    page.keyboard.press("Enter")

    page.wait_for_selector("[data-testid=timeline-item]")
    assert page.locator("#timeline-title").inner_text() == "Celltrion"  # English names in English
    assert page.evaluate("() => window.biobridgeMap.$(':selected').data('label')") == "Celltrion"
    assert page.locator("[data-testid=timeline-item] .rel-badge").first.inner_text() == "MOU"
    screenshot(page, "intel-map-en-keyboard")
