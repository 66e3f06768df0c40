"""Rules found on holdout64–67 (blind in the thirteenth and fourteenth sessions); fresh text each."""

from __future__ import annotations

from rule_helpers import org_types, relations


def test_winners_listed_after_their_prize_are_organisations_and_the_ones_selected():
    text = (
        "충남도와 충남테크노파크는 지난 12일 천안 충남바이오센터에서 경진대회 본선을 열고 최종 수상 기업 "
        "5곳을 선정했다고 14일 밝혔다. 수상 기업은 ▲대상 누벨로바이오 ▲최우수상 하이젠랩·코렌셀 "
        "▲우수상 파로미드·비엔루체다."
    )
    names = org_types(text)
    winners = {"누벨로바이오", "하이젠랩", "코렌셀", "파로미드", "비엔루체"}
    assert winners <= set(names), names
    selections = [p for t, p in relations(text, "2025-09-14") if t == "selection"]
    assert selections == [{"충청남도", "충남테크노파크"} | winners] or selections == [
        {"충남도", "충남테크노파크"} | winners
    ], selections
    # two winners of one prize are no pair working together
    assert not [p for t, p in relations(text, "2025-09-14") if t == "partnership"]


def test_last_years_prize_winner_is_an_organisation():
    text = (
        "지난해 대상을 받은 오르딘셀은 올해 5월 KB인베스트먼트로부터 30억원 규모의 시리즈A 투자를 유치했다."
    )
    assert ("investment", {"오르딘셀", "KB인베스트먼트"}) in relations(text, "2025-11-26")


def test_the_winners_of_a_competition_take_part_in_it():
    text = (
        "전북도와 전북바이오융합산업진흥원은 지난 3일 경진대회 시상식을 열고 수상 기업 2곳을 선정했다고 "
        "5일 밝혔다. 전북도가 주최하고 진흥원이 주관한 이번 대회는 한국바이오협회가 후원했다. "
        "수상 기업은 ▲대상 모렌바이오 ▲우수상 키토셀이다."
    )
    events = [p for t, p in relations(text, "2025-09-05") if t == "event"]
    assert len(events) == 1 and {"모렌바이오", "키토셀", "한국바이오협회"} <= events[0], events
