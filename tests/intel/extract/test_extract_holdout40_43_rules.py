"""Rules found on holdout40–43 (development sets from the eighth session); fresh sentences each."""

from __future__ import annotations

from rule_helpers import org_types


def test_a_long_coined_name_after_a_type_noun_is_an_organisation():
    text = (
        "참여 기업은 세포배양 배지를 만드는 ㈜셀로닉스와 단백질 정제 소재 기업 세포소재공방, "
        "진단키트를 만드는 나노진단이다."
    )
    found = org_types(text)
    assert found.get("세포소재공방") == "company"
    assert "셀로닉스" in found


def test_a_universitys_attached_hospital_is_one_name():
    text = "메디센스는 경북대학교 부설 칠곡병원 호흡기센터와 손잡고 탐색 임상을 진행한다고 밝혔다."
    found = org_types(text)
    assert found.get("경북대학교 부설 칠곡병원") == "hospital"
    assert "칠곡병원" not in found
