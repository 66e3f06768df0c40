import pytest

from biobridge.directory.demo import load_demo_directory
from biobridge.directory.models import Organization
from biobridge.intel.demo import demo_lines
from biobridge.intel.models import Article, Mention, Relation

pytestmark = pytest.mark.django_db


def test_demo_ingests_the_five_articles_once():
    load_demo_directory()

    first = demo_lines()
    counts = (
        Article.objects.count(),
        Relation.objects.count(),
        Mention.objects.count(),
        Organization.objects.count(),
    )
    second = demo_lines()

    assert first[0].startswith("news: 5 files: 5 new articles, 0 duplicates, 0 errors;")
    assert second[0].startswith("news: 5 files: 0 new articles, 5 duplicates, 0 errors; 0 new unverified")
    assert (
        Article.objects.count(),
        Relation.objects.count(),
        Mention.objects.count(),
        Organization.objects.count(),
    ) == counts
    assert counts[0] == 5 and counts[1] >= 15
    titles = set(Article.objects.values_list("title", flat=True))
    assert "서울시, 세계 5위 제약사 BMS와 손잡고 제약바이오 혁신기업 함께 키운다" in titles
    # Organisations the directory knows are linked, not duplicated as unverified copies.
    celltrion = Organization.objects.get(name_en="Celltrion")
    assert Mention.objects.filter(organization=celltrion).exists()
    assert not Organization.objects.filter(status="unverified", name_ko="셀트리온").exists()
