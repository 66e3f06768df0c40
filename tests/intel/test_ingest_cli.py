"""`biobridge intel ingest`: real files through the real extractor, bad files, zips, exit codes."""

import zipfile
from pathlib import Path

import pytest

from biobridge.cli import main as biobridge
from biobridge.intel.adapters import MAX_BYTES
from biobridge.intel.models import Article, ArticleSource
from tests.intel.conftest import decode_error

pytestmark = pytest.mark.django_db(transaction=True)
NEWS = Path(__file__).parents[2] / "src" / "biobridge" / "intel" / "demo_news"
MOU_ARTICLE = NEWS / "001_30b37b2a84e042d0.txt"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
MOU_TITLE = "미생물실증지원센터, 산업부 ‘바이오제조 혁신전략’ 적극 동참"


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = biobridge(["intel", "ingest", "--quiet", *map(str, args)])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_ingest_folder_then_rerun_stores_each_article_once(capsys):
    code, out, err = run(capsys, NEWS)

    assert code == 0
    assert out.startswith("5 files: 5 new articles, 0 duplicates, 0 errors;")
    assert err == ""
    assert Article.objects.count() == 5
    assert MOU_TITLE in set(Article.objects.values_list("title", flat=True))

    code, out, _err = run(capsys, NEWS)
    assert (code, out.split(";")[0]) == (0, "5 files: 0 new articles, 5 duplicates, 0 errors")
    assert Article.objects.count() == 5


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(PNG)
    (tmp_path / "huge.txt").write_bytes(b"a" * (MAX_BYTES + 1))
    (tmp_path / "euckr.txt").write_bytes(
        MOU_ARTICLE.read_text(encoding="utf-8").encode("cp949", errors="ignore")
    )

    code, out, err = run(capsys, tmp_path)

    assert code == 0
    assert out.startswith("4 files: 1 new articles, 0 duplicates, 3 errors;")
    assert err.splitlines() == [
        f"error: {tmp_path / 'empty.txt'}: empty file",
        f"error: {tmp_path / 'huge.txt'}: file too large ({MAX_BYTES + 1} bytes > {MAX_BYTES})",
        f"error: {tmp_path / 'image.txt'}: {decode_error(PNG)}",
    ]
    assert Article.objects.get().title == MOU_TITLE  # the EUC-KR/CP949 file decoded correctly


def test_zip_members_are_ingested_and_duplicates_recognised(tmp_path, capsys):
    archive = tmp_path / "news.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(MOU_ARTICLE, "a/001.txt")
        zf.writestr("a/copy-of-001.txt", MOU_ARTICLE.read_bytes())
        zf.writestr("a/empty.txt", b"")

    code, out, err = run(capsys, archive)

    assert code == 0
    assert out.startswith("3 files: 1 new articles, 1 duplicates, 1 errors;")
    assert err.strip() == f"error: {archive}:a/empty.txt: empty file"
    assert list(ArticleSource.objects.values_list("source", flat=True)) == [
        f"{archive}:a/001.txt",
        f"{archive}:a/copy-of-001.txt",
    ]


def test_exit_1_when_nothing_could_be_processed(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"   \n")

    code, out, _err = run(capsys, tmp_path / "empty.txt")

    assert code == 1
    assert out.startswith("1 files: 0 new articles, 0 duplicates, 1 errors;")
    assert not Article.objects.exists()


def test_missing_path_is_a_one_line_usage_error(tmp_path, capsys):
    code, out, err = run(capsys, tmp_path / "nope.txt")

    assert (code, out) == (2, "")
    assert err == f"biobridge intel ingest: no such file or directory: {tmp_path / 'nope.txt'}\n"
    assert not Article.objects.exists()


def test_no_path_is_a_usage_error(capsys):
    code, _out, err = run(capsys)

    assert code == 2
    assert len(err.strip().splitlines()) == 1


HTML = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>피노젝트, 셀트리온과 공동연구 계약 - 바이오뉴스</title>
<meta property="article:published_time" content="2025-03-04T10:00:00+09:00">
<meta property="og:site_name" content="바이오뉴스"></head>
<body><nav>홈 | 정책 | 산업</nav><article><h1>피노젝트, 셀트리온과 공동연구 계약</h1>
<p>피노젝트는 셀트리온과 항체 공동연구 계약을 체결했다고 4일 밝혔다.</p>
<p>양사는 3년간 차세대 항체 플랫폼을 공동 개발할 예정이다.</p>
<p>홍길동 기자 hong@bionews.example</p></article><footer>Copyright 바이오뉴스</footer></body></html>"""


def test_html_page_links_known_and_proposes_unknown_organisations(tmp_path, capsys):
    from biobridge.directory.models import Organization
    from biobridge.intel.models import Relation
    from tests.factories import OrganizationFactory

    celltrion = OrganizationFactory(name_ko="셀트리온", name_en="Celltrion", org_type="large_company")
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")

    code, out, _err = run(capsys, tmp_path / "page.html")

    assert code == 0
    assert out.startswith("1 files: 1 new articles, 0 duplicates, 0 errors; 1 new unverified organisations")
    stored = Article.objects.get()
    assert (stored.title, str(stored.published), stored.outlet, stored.reporter) == (
        "피노젝트, 셀트리온과 공동연구 계약",
        "2025-03-04",
        "바이오뉴스",
        "홍길동",
    )
    assert Organization.objects.get(name_ko="피노젝트").status == "unverified"
    relation = Relation.objects.get()
    assert relation.rel_type == "contract"
    assert {o.pk for o in relation.parties.all()} == {
        celltrion.pk,
        Organization.objects.get(name_ko="피노젝트").pk,
    }
