"""Article list and page, review queue and upload in a real browser."""

import pytest

from biobridge.directory.demo import load_demo_directory
from biobridge.directory.models import Agreement, Organization
from biobridge.intel.demo import demo_news_dir, load_demo_news
from biobridge.intel.models import Article, Relation
from tests.e2e.conftest import login, screenshot

pytestmark = pytest.mark.django_db(transaction=True)
MOU_TITLE = "미생물실증지원센터, 산업부 ‘바이오제조 혁신전략’ 적극 동참"


@pytest.fixture
def demo_news(db):
    load_demo_directory()
    load_demo_news()


def test_article_list_filter_and_highlighted_article(page, demo_news):
    page.goto("/ko/news/")
    assert page.locator("#results .card.article").count() == 5
    page.select_option("#id_outlet", "뉴스스텝")
    page.wait_for_function("() => document.querySelectorAll('#results .card.article').length === 1")
    screenshot(page, "intel-article-list-filtered")

    page.locator("#results a.title").first.click()
    page.wait_for_selector("[data-testid=article-title]")
    body = page.locator("[data-testid=article-body]")
    assert body.locator("mark.org", has_text="한국바이오협회").count() >= 1
    assert body.locator("mark.evidence").count() >= 1
    assert page.locator("[data-testid=article-relations] li").count() >= 3
    screenshot(page, "intel-article-page")


def test_operator_reviews_news_organisations_and_relations(page, demo_news):
    unverified = list(Organization.objects.filter(status="unverified").order_by("pk"))
    assert len(unverified) >= 3
    login(page, "operator@biobridge.demo", "biobridge-demo")
    page.goto("/ko/news/review/")
    screenshot(page, "intel-review-queue")

    first_row = page.locator(f"[data-testid=unverified-orgs] tr[data-org='{unverified[0].pk}']")
    first_row.locator("[data-testid=confirm-org]").click()
    page.wait_for_selector(".messages li.success")
    assert Organization.objects.get(pk=unverified[0].pk).status == "verified"

    page.locator(f"tr[data-org='{unverified[1].pk}'] [data-testid=reject-org]").click()
    page.wait_for_selector(".messages li.success")
    assert Organization.objects.get(pk=unverified[1].pk).status == "rejected"

    celltrion = Organization.objects.get(name_ko="셀트리온")
    merge_row = page.locator(f"tr[data-org='{unverified[2].pk}']")
    merge_row.locator("select").select_option(str(celltrion.pk))
    merge_row.locator("[data-testid=merge-org]").click()
    page.wait_for_selector(".messages li.success")
    assert not Organization.objects.filter(pk=unverified[2].pk).exists()

    mou = Relation.objects.filter(rel_type="mou", article__title=MOU_TITLE).first()
    page.locator(
        f"[data-testid=pending-relations] tr[data-relation='{mou.pk}'] [data-testid=confirm-relation]"
    ).click()
    page.wait_for_selector("[data-testid=create-agreement]")
    page.locator("[data-testid=create-agreement]").first.click()
    page.wait_for_selector(".messages li.success")
    assert Relation.objects.get(pk=mou.pk).agreement_id == Agreement.objects.latest("pk").pk
    screenshot(page, "intel-review-after-actions")


def test_review_queue_refused_for_non_operator(page, demo_news):
    login(page, "startup@biobridge.demo", "biobridge-demo")
    response = page.goto("/ko/news/review/")
    assert response.status == 403


def test_operator_uploads_files_and_sees_per_file_results(page, demo_news, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    new_article = tmp_path / "new.txt"
    new_article.write_text(
        "바이오뉴스\n\n피노젝트, 셀트리온과 공동연구 계약 체결\n\n입력 2025.03.04 10:00\n\n"
        "피노젝트는 셀트리온과 항체 공동연구 계약을 체결했다고 4일 밝혔다. "
        "양사는 3년간 차세대 항체 플랫폼을 공동 개발할 예정이다.\n\n홍길동 기자 hong@bionews.example\n",
        encoding="utf-8",
    )
    login(page, "operator@biobridge.demo", "biobridge-demo")
    page.goto("/ko/news/upload/")
    page.set_input_files(
        "input[type=file]",
        [str(demo_news_dir() / "000_67260aa7d0627513.txt"), str(tmp_path / "empty.txt"), str(new_article)],
    )
    page.click("[data-testid=upload-submit]")
    page.wait_for_selector("[data-testid=batch-results]")
    rows = page.locator("[data-testid=batch-results] tbody tr")
    assert rows.count() == 3
    assert rows.nth(1).inner_text().split("\t") == ["empty.txt", "오류", "빈 파일"]
    assert Article.objects.count() == 6
    screenshot(page, "intel-upload-results")


def test_article_page_and_map_fit_a_phone(browser, live_server, demo_news):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 390, "height": 844}, locale="ko-KR"
    )
    page = context.new_page()
    try:
        page.goto(f"/ko/news/articles/{Article.objects.get(title=MOU_TITLE).pk}/")
        assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")
        screenshot(page, "intel-article-phone")
        page.goto("/ko/news/map/")
        page.wait_for_selector("#ecomap[data-loaded=true]")
        assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")
    finally:
        context.close()
