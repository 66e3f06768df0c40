"""Rules found on holdout44–47 (development sets from the ninth session); fresh sentences each."""

from __future__ import annotations

from rule_helpers import org_types, relations


def test_bullet_items_with_a_describing_bracket_closed_by_a_count_are_companies():
    text = (
        "이날 행사에는 ▲미로셀텍(연골 재생 치료제) ▲바이온스케일(디지털 병리 분석) "
        "▲하루진바이오(장내 미생물 진단) 등 3개사가 무대에 올라 사업 계획을 소개했다."
    )
    found = org_types(text)
    assert {"미로셀텍", "바이온스케일", "하루진바이오"} <= set(found)


def test_a_clause_opening_on_its_own_topic_is_that_organisations():
    text = (
        "참가 기업들의 협력 소식도 이어졌다. 노바셀텍은 한국화학연구원과 항체 공동연구를 진행하고 있으며, "
        "메디루트는 지난 4월 전남대학교병원과 영상 데이터 공동연구 협약을 맺었다."
    )
    found = relations(text, "2025-06-20")
    assert ("partnership", {"노바셀텍", "한국화학연구원"}) in found
    assert ("mou", {"메디루트", "전남대학교병원"}) in found
    assert not any("노바셀텍" in parties and "전남대학교병원" in parties for _k, parties in found)
