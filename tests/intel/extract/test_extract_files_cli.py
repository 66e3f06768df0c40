"""Files and the `biobridge intel extract` contract: encodings, bad files, JSON lines."""

from __future__ import annotations

import json

import pytest

from biobridge.intel import cli
from biobridge.intel.extract.api import CONTRACT_KEYS, ExtractError, extract_file
from biobridge.intel.extract.decode import MAX_BYTES, decode_bytes

ARTICLE = """바이오뉴스
홈 | 제약 | 바이오 | 정책
셀트리온, 한국생명공학연구원과 항체 공동연구 협약
입력 2024.05.02 09:00
홍길동 기자 hong@example.com

셀트리온은 한국생명공학연구원과 차세대 항체 치료제 공동연구를 위한 업무협약을 체결했다고 2일 밝혔다.
양 기관은 연구 인력과 장비를 공유하고, 3년간 50억원을 공동으로 투자해 후보물질을 발굴할 계획이다.

홍길동 기자 hong@example.com
저작권자 ⓒ 바이오뉴스 무단전재 및 재배포 금지
많이 본 뉴스
한미약품, 신약 임상 결과 발표
"""


@pytest.mark.parametrize("encoding", ["euc-kr", "cp949", "utf-8", "utf-8-sig", "utf-16"])
def test_korean_encodings_are_decoded(tmp_path, encoding):
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(ARTICLE.encode(encoding))
    article = extract_file(path)
    assert (article.title, article.published, article.reporter, article.outlet) == (
        "셀트리온, 한국생명공학연구원과 항체 공동연구 협약",
        "2024-05-02",
        "홍길동",
        "바이오뉴스",
    )
    assert [(r.type, sorted(r.parties)) for r in article.relations][:1] == [
        ("mou", ["셀트리온", "한국생명공학연구원"])
    ]


def test_cp949_only_characters_are_decoded():
    text = "똠방각하 셀트리온은 협약을 체결했다고 밝혔다."  # 똠 exists in CP949 but not EUC-KR
    assert decode_bytes(text.encode("cp949")) == text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
    ],
)
def test_bad_files_raise_one_line_errors(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ExtractError, match=message):
        extract_file(path)


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(ExtractError, match="too large"):
        extract_file(path)


def test_cli_writes_one_json_line_per_file_and_goes_on_after_errors(tmp_path, gold_dir, capsys):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    html = gold_dir / "112_hkinno_contract.html"
    paths = [str(good), str(empty), str(tmp_path / "missing.txt"), str(html)]
    assert cli.main(["extract", *paths, "--json"]) == 0
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in rows] == paths
    assert [tuple(r) for r in rows] == [CONTRACT_KEYS, ("file", "error"), ("file", "error"), CONTRACT_KEYS]
    assert rows[1]["error"] == "empty file" and rows[2]["error"] == "no such file"
    assert len(err.strip().splitlines()) == 2 and "empty.txt: empty file" in err
    assert rows[3]["published"] == "2024-11-19" and rows[3]["outlet"] == "데일리팜"
    for row in (rows[0], rows[3]):
        assert all(tuple(o) == ("name", "canonical", "type") for o in row["organizations"])
        assert all(tuple(r) == ("type", "parties", "date", "amount") for r in row["relations"])
    assert rows[0]["relations"][0] == {
        "type": "mou",
        "parties": ["셀트리온", "한국생명공학연구원"],
        "date": "2024-05-02",
        "amount": None,
    }


def test_cli_extra_flag_adds_evidence_and_offsets(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    assert cli.main(["extract", str(good), "--json", "--extra"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["relations"][0]["evidence"].startswith("셀트리온은 한국생명공학연구원과")
    start, end = row["organizations"][0]["mentions"][0]
    assert row["body"][start:end] == row["organizations"][0]["name"]


def test_cli_without_paths_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        from biobridge.cli import main

        main(["intel", "extract", "--json"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "no paths" in err


def test_cli_when_every_file_fails_exit_code_is_1(tmp_path, capsys):
    assert cli.main(["extract", str(tmp_path / "nope.txt")]) == 1
    assert json.loads(capsys.readouterr().out) == {
        "file": str(tmp_path / "nope.txt"),
        "error": "no such file",
    }


def test_unknown_subcommand_is_a_usage_error():
    with pytest.raises(SystemExit) as exc:
        from biobridge.cli import main

        main(["intel", "frobnicate"])
    assert exc.value.code == 2


TICKER_PAGE = """헬스뉴스
오늘의 주요뉴스
- 유한양행 렉라자, 미국 처방 확대
- 종근당, 3분기 영업이익 증가

창원시-경남테크노파크, 바이오헬스 기업 육성 협약
2024년 9월 2일 10:00
김정민 기자

창원시는 2일 경남테크노파크, 경상국립대학교와 바이오헬스 유망기업 육성을 위한 업무협약을 체결했다.
선발 기업은 ▲메디칼로봇 ▲지엘바이오 ▲나노셀 등이다.
김정민 기자 kjm@example.com
저작권자 ⓒ 헬스뉴스 무단전재 및 재배포 금지
"""


def test_ticker_items_are_not_the_title_and_a_clocked_date_by_the_byline_dates_the_article(extractor):
    article = extractor.extract_text(TICKER_PAGE, filename="t.txt")
    assert (article.title, article.published, article.reporter, article.outlet) == (
        "창원시-경남테크노파크, 바이오헬스 기업 육성 협약",
        "2024-09-02",
        "김정민",
        "헬스뉴스",
    )
    assert "유한양행" not in article.body
    assert [(r.type, r.parties) for r in article.relations] == [
        ("mou", ["창원시", "경남테크노파크", "경상국립대학교"]),
        ("selection", ["메디칼로봇", "지엘바이오", "나노셀"]),
    ]
    assert {o.canonical: o.type for o in article.organizations}["메디칼로봇"] == "company"


HARD_WRAPPED = """바이오타임즈
에이프릴바이오, 유한양행서 300억 투자 유치
입력 2024. 6. 3. 오전 9:12
김도현 기자 kdh@example.com
에이프릴바이오가 유한양행으로부터 300억원 규모의
전략적 투자를 유치했다고 3일 밝혔다. 이번 투자로
유한양행은 에이프릴바이오 지분 7%를 확보하게 된다.
저작권자 © 바이오타임즈 무단전재 및 재배포 금지
"""


def test_hard_wrapped_lines_are_one_sentence(extractor):
    article = extractor.extract_text(HARD_WRAPPED, filename="w.txt")
    assert (article.title, article.published, article.reporter, article.outlet) == (
        "에이프릴바이오, 유한양행서 300억 투자 유치",
        "2024-06-03",
        "김도현",
        "바이오타임즈",
    )
    assert [(r.type, r.parties, r.amount.value) for r in article.relations] == [
        ("investment", ["에이프릴바이오", "유한양행"], 30_000_000_000)
    ]


def test_article_on_a_single_line_is_still_read(extractor):
    line = (
        "셀트리온, 인천시와 바이오 인재 양성 협약 체결 기사입력 2024-03-05 10:00 홍길동 기자 "
        "셀트리온은 인천시와 바이오 전문 인력 양성을 위한 업무협약을 체결했다고 5일 밝혔다. "
        "양 기관은 2027년까지 500명의 인력을 키운다."
    )
    article = extractor.extract_text(line, filename="o.txt")
    assert article.published == "2024-03-05"
    assert [(r.type, r.parties) for r in article.relations] == [("mou", ["셀트리온", "인천광역시"])]
