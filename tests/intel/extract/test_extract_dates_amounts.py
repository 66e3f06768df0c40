"""Relative dates against the publication date; money normalisation."""

from __future__ import annotations

import pytest

from biobridge.intel.extract.amounts import parse_amount
from biobridge.intel.extract.dates import labelled_date, sentence_dates


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("세미나가 지난 28일 열렸다.", "2023-05-07", "2023-04-28"),
        ("지난 3일 협약을 맺었다.", "2023-05-07", "2023-05-03"),
        ("오는 27일 토론회를 개최한다.", "2025-08-26", "2025-08-27"),
        ("오는 2일 개최한다.", "2025-08-26", "2025-09-02"),
        ("13일은 컨퍼런스를 진행할 예정이다.", "2023-07-12", "2023-07-13"),
        ("올해 4월 협약을 체결했다.", "2023-07-12", "2023-04"),
        ("지난해 12월 투자했다.", "2024-02-20", "2023-12"),
        ("지난 11월 체결했다.", "2024-02-20", "2023-11"),
        ("6월7일 라운드테이블을 개최했다.", "2023-07-12", "2023-06-07"),
        ("2022년 3월 11일 체결했다.", None, "2022-03-11"),
        ("’22.4월 중 설치한다.", None, "2022-04"),
        ("signed on March 5, 2024 in Seoul", None, "2024-03-05"),
        ("입주식은 다음 달 8일 열린다.", "2025-04-14", "2025-05-08"),
        ("내달 3일 개최한다.", "2025-12-20", "2026-01-03"),
        ("지난달 28일 협약을 맺었다.", "2025-03-05", "2025-02-28"),
    ],
)
def test_sentence_dates_resolve_against_publication(sentence, published, expected):
    assert sentence_dates(sentence, published)[0].value == expected


@pytest.mark.parametrize("sentence", ["지난 28일 열렸다.", "4월 협약을 체결했다.", "2030년까지 투자한다."])
def test_partial_dates_without_publication_date_are_unknown(sentence):
    assert sentence_dates(sentence, None) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("최선경 기자 / 기사승인 : 2023-07-12 10:20:04", "2023-07-12"),
        ("박영규 기사입력  2023/05/07 [23:27]", "2023-05-07"),
        ("• 입력 2024.01.13 17:21", "2024-01-13"),
        ("(인천=뉴스1) 이시명 기자 | 2024-04-17 15:20 송고", "2024-04-17"),
        ("Published: March 5, 2024", "2024-03-05"),
        ("수정 2024.03.05 14:02", None),
        ("2025.08.26 (화)", None),
    ],
)
def test_only_labelled_dates_are_publication_dates(line, expected):
    assert labelled_date(line) == expected


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("17.7조원 규모", 17_700_000_000_000, "KRW"),
        ("300억 원을", 30_000_000_000, "KRW"),
        ("1조 2,000억원", 1_200_000_000_000, "KRW"),
        ("1조2720억원", 1_272_000_000_000, "KRW"),
        ("1,200만 달러", 12_000_000, "USD"),
        ("3600만 달러(약 480억원)", 36_000_000, "USD"),
        ("$2 billion", 2_000_000_000, "USD"),
        ("USD 5 million", 5_000_000, "USD"),
        ("700 billion won", 700_000_000_000, "KRW"),
        ("€10m", 10_000_000, "EUR"),
        ("1천억원", 100_000_000_000, "KRW"),
        ("50억원대", 5_000_000_000, "KRW"),
        # news-agency style: 천 counts inside the 억/만 group it comes before
        ("2천900억원 규모의 EPC 계약", 290_000_000_000, "KRW"),
        ("6천800만 달러(약 950억원)", 68_000_000, "USD"),
        ("1조5천억원", 1_500_000_000_000, "KRW"),
        ("2천5백만원", 25_000_000, "KRW"),
    ],
)
def test_amounts_are_normalised(text, value, currency):
    amount = parse_amount(text)
    assert (amount.value, amount.currency) == (value, currency)


@pytest.mark.parametrize("text", ["1만명 규모", "544개의 기업", "2030년까지", "총 4회"])
def test_non_money_numbers_are_not_amounts(text):
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        # the year after the one just stated, with a month or alone
        ("2023년 시리즈A 투자를 받았고, 이듬해 5월 팁스에 선정됐다.", "2025-03-18", ["2023", "2024-05"]),
        ("회사는 2021년 설립됐고 이듬해 시드 투자를 받았다.", "2025-03-18", ["2021", "2022"]),
        # '같은 해' after a year word resolves against that word, not the publication year
        (
            "지난해 8월 투자를 유치했고, 같은 해 11월에는 팁스에 선정됐다.",
            "2025-03-18",
            ["2024-08", "2024-11"],
        ),
        # no year before it in the sentence: nothing to anchor, so no date
        ("같은 해 보건복지부 사업에도 선정됐다.", "2025-03-18", []),
    ],
)
def test_the_same_year_and_the_year_after_resolve_against_the_year_stated(sentence, published, dates):
    assert [f.value for f in sentence_dates(sentence, published)] == dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Daewoong said Tuesday it will acquire Meridian.", ["2025-10-21"]),  # published on a Wednesday
        ("Samsung said on Wednesday it won the order.", ["2025-10-22"]),  # the day itself
        ("The forum will open on Thursday in Seoul.", ["2025-10-23"]),
        ("They met last Friday and will meet again next Monday.", ["2025-10-17", "2025-10-27"]),
        ("Companies are presenting their pipelines through Thursday.", []),  # when a span ends
    ],
)
def test_english_weekdays_resolve_against_the_publication_date(sentence, dates):
    assert [f.value for f in sentence_dates(sentence, "2025-10-22")] == dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("The company raised a Series B in 2023.", ["2023"]),
        ("It signed a deal in July 2024 with Lonza.", ["2024-07"]),
        ("The deal was signed in March.", ["2025-03"]),  # before publication: this year
        ("The plant will open in September.", ["2025-09"]),  # a plan: the coming September
        ("It signed in August last year.", ["2024-08"]),
        ("It signed a deal last year.", ["2024"]),
        ("It was selected last month.", ["2025-05"]),
        ("Sales may rise.", []),  # the verb, not the month
        ("Yuhan joined, its second investment after the Series B in 2023.", []),  # the earlier deal's year
    ],
)
def test_english_months_and_years_resolve_against_the_publication_date(sentence, dates):
    assert [f.value for f in sentence_dates(sentence, "2025-06-10")] == dates
