from django.utils import translation

from biobridge.partnering.reasons import reason_text


def test_known_reasons_are_translated_with_names_kept():
    with translation.override("ko"):
        assert (
            reason_text("김민수 is booked in every common slot")
            == "김민수 님은 겹치는 모든 시간에 이미 미팅이 있습니다"
        )
        assert (
            reason_text("Ann has no common free slot with Bo Kim")
            == "Ann 님과 Bo Kim 님이 함께 비는 시간이 없습니다"
        )
    with translation.override("en"):
        assert reason_text("all common slots full") == "every slot the two have in common is full"


def test_unknown_reason_is_shown_as_is():
    assert reason_text("something new") == "something new"
