"""The five example articles: metadata exactly, key organisations and relations."""

from __future__ import annotations

import pytest

EXAMPLES = {
    "000_67260aa7d0627513.txt": (
        "산업통상자원부, 보스턴에서 손잡은 한-미 바이오기업, 서울에서 다시 만난다",
        "2023-07-12",
        "최선경",
        "뉴스스텝",
    ),
    "001_30b37b2a84e042d0.txt": (
        "미생물실증지원센터, 산업부 ‘바이오제조 혁신전략’ 적극 동참",
        None,
        None,
        None,
    ),
    "002_acdd923c06dbf463.txt": (
        "시흥산업진흥원, 바이오산업 육성 방안 논의",
        "2023-05-07",
        "박영규",
        "주간시흥",
    ),
    "003_42e89c85159ab7d4.txt": (
        "미국 보스턴에서 전북형 바이오산업 미래 비전 찾는다",
        "2024-01-13",
        "이석희",
        "데일리스포츠한국",
    ),
    "004_89409622e16b7460.txt": (
        "서울시, 세계 5위 제약사 BMS와 손잡고 제약바이오 혁신기업 함께 키운다",
        None,
        "김세길",
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_examples_metadata_exact(extractor, gold_dir, name):
    article = extractor.extract_file(gold_dir / name)
    assert (article.title, article.published, article.reporter, article.outlet) == EXAMPLES[name]


def _canonicals(article):
    return {o.canonical for o in article.organizations}


def test_example_000_organisations_and_mou(extractor, gold_dir):
    article = extractor.extract_file(gold_dir / "000_67260aa7d0627513.txt")
    assert {
        "산업통상자원부",
        "한국바이오협회",
        "미국바이오협회",
        "삼성바이오로직스",
        "셀트리온",
        "론자",
        "BMS",
        "카탈런트",
    } <= _canonicals(article)
    mou = [r for r in article.relations if r.type == "mou"]
    assert [(sorted(r.parties), r.date, r.amount) for r in mou] == [
        (["미국바이오협회", "한국바이오협회"], "2023-04", None)
    ]
    assert "업무협약(MOU)을 체결한" in mou[0].evidence


def test_example_000_boilerplate_headlines_are_not_organisations(extractor, gold_dir):
    article = extractor.extract_file(gold_dir / "000_67260aa7d0627513.txt")
    assert "수원특례시의회" not in article.body
    assert not {"구미교육지원청", "강원특별자치도교육청", "수원특례시의회"} & _canonicals(article)


def test_example_001_ten_party_mou_and_amount(extractor, gold_dir):
    article = extractor.extract_file(gold_dir / "001_30b37b2a84e042d0.txt")
    mou = next(r for r in article.relations if r.type == "mou")
    assert len(mou.parties) == 10 and {
        "미생물실증지원센터",
        "한국산업기술기획평가원",
        "동물세포실증지원센터",
    } <= set(mou.parties)
    investment = next(r for r in article.relations if r.type == "investment")
    assert investment.amount.as_json() == {"value": 17_700_000_000_000, "currency": "KRW"}
    assert "기상청" not in article.body and "최보윤" not in article.body


def test_example_002_relative_date_and_event(extractor, gold_dir):
    article = extractor.extract_file(gold_dir / "002_acdd923c06dbf463.txt")
    dated = [r for r in article.relations if r.date]
    # the seminar of 지난 28일; '올해 상반기에 4회 개최될 예정' is a later occasion dated by its year only
    assert [(r.type, r.date) for r in dated] == [("event", "2023-04-28"), ("event", "2023")]
    assert {"시흥산업진흥원", "한국공학대학교"} <= set(dated[0].parties)


def test_example_003_visits_and_province_aliases(extractor, gold_dir):
    article = extractor.extract_file(gold_dir / "003_42e89c85159ab7d4.txt")
    assert {"전북특별자치도", "모더나", "랩센트럴", "매사추세츠공과대학", "전북대학교"} == _canonicals(
        article
    )
    assert ("mou", ["전북대학교", "매사추세츠공과대학"]) in [(r.type, r.parties) for r in article.relations]
    assert article.body_lines[3].startswith("12일(현지시간)")


def test_example_004_declaration_of_intent(extractor, gold_dir):
    article = extractor.extract_file(gold_dir / "004_89409622e16b7460.txt")
    assert {"서울특별시", "BMS", "한국보건산업진흥원", "보건복지부"} <= _canonicals(article)
    mou = next(r for r in article.relations if r.type == "mou")
    assert sorted(mou.parties) == ["BMS", "서울특별시", "한국보건산업진흥원"]
    assert article.body_lines[-1].startswith("□ 황보연")
