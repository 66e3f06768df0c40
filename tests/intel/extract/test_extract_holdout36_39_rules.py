"""Rules found on holdout36–39 (development sets from the seventh session); fresh sentences each."""

from __future__ import annotations

from rule_helpers import relations


def test_a_tour_of_several_hosts_in_one_sentence_is_one_visit_per_stop():
    text = (
        "충청북도 대표단 10명은 지난 3일 스위스 바젤에서 로슈 본사와 노바티스 캠퍼스를 차례로 찾아 "
        "협력 방안을 논의했다."
    )
    found = relations(text, "2025-05-16")
    assert [r for r in found if r[0] == "visit"] == [
        ("visit", {"충청북도", "로슈"}),
        ("visit", {"충청북도", "노바티스"}),
    ]
    text = "한국바이오협회 방문단은 12일 송도를 찾아 셀트리온과 삼성바이오로직스 공장을 잇달아 둘러봤다."
    found = relations(text, "2025-05-16")
    assert ("visit", {"한국바이오협회", "셀트리온"}) in found
    assert ("visit", {"한국바이오협회", "삼성바이오로직스"}) in found
    assert not any(len(parties) > 2 for kind, parties in found if kind == "visit")
