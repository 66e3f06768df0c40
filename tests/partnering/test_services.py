from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from biobridge.partnering.enums import RequestState
from biobridge.partnering.models import MeetingFeedback, MeetingRequest, Profile
from biobridge.partnering.services import (
    FeedbackData,
    ProfileData,
    save_profile,
    send_meeting_request,
    set_request_state,
)
from tests.partnering.conftest import register


def send(event, sender, recipient, message="Hello"):
    return send_meeting_request(event, sender_user=sender.user, recipient_id=recipient.pk, message=message)


def test_profile_requires_confirmed_registration(event, config, outsider):
    with pytest.raises(PermissionDenied):
        save_profile(event, user=outsider, data=ProfileData(role="BD"))
    assert Profile.objects.count() == 0


def test_profile_of_waitlisted_person_is_refused(event, config):
    user = register(event, name="Wait", status="waitlisted")
    with pytest.raises(PermissionDenied):
        save_profile(event, user=user, data=ProfileData())
    assert Profile.objects.count() == 0


def test_profile_stores_tags_assets_and_blocked_slots(event, config, taxonomy):
    user = register(event, name="Dana")
    data = ProfileData(
        role="",
        summary="항체 신약 개발",
        assets=["ONC-101 (phase 1)", " "],
        offering=["antibody"],
        seeking=["licensing_partner"],
        unavailable=["2030-07-12T10:00"],
    )
    profile = save_profile(event, user=user, data=data)
    assert profile.role == "CEO"  # from the registration when left empty
    assert profile.assets == ["ONC-101 (phase 1)"]
    assert profile.unavailable == ["2030-07-12T10:00"]
    assert ProfileData.from_profile(profile).offering == ["antibody"]
    assert ProfileData.from_profile(profile).seeking == ["licensing_partner"]


def test_profile_refuses_unknown_slot_and_term(event, config, taxonomy):
    user = register(event, name="Eve")
    with pytest.raises(ValidationError) as exc:
        save_profile(
            event, user=user, data=ProfileData(offering=["no-such-term"], unavailable=["2030-07-12T11:00"])
        )
    assert exc.value.message_dict == {
        "offering": ["Unknown taxonomy term: no-such-term"],
        "unavailable": ["Unknown slot: 2030-07-12T11:00"],
    }
    assert Profile.objects.filter(user=user).count() == 0


def test_send_request_emails_recipient_in_their_language(
    event, alice, bob, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        request = send(event, alice, bob, "Let's talk ADC")
    assert request.state == RequestState.PENDING
    assert request.pair_key == f"{alice.pk}-{bob.pk}"
    assert [m.to for m in mail.outbox] == [["bob@example.com"]]
    assert mail.outbox[0].subject == "New meeting request at BIX Test"
    assert "Let's talk ADC" in mail.outbox[0].body


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("self", "You cannot request a meeting with yourself."),
        ("unknown", "This person is not a partnering participant of this event."),
        ("duplicate", "There is already an open or accepted request between you two."),
        ("reverse", "There is already an open or accepted request between you two."),
    ],
)
def test_send_request_refused(event, alice, bob, case, message):
    send(event, alice, bob)
    sender, recipient_id = {
        "self": (alice, alice.pk),
        "unknown": (alice, 99999),
        "duplicate": (alice, bob.pk),
        "reverse": (bob, alice.pk),
    }[case]
    with pytest.raises(ValidationError) as exc:
        send_meeting_request(event, sender_user=sender.user, recipient_id=recipient_id)
    assert exc.value.message_dict == {"recipient": [message]}
    assert MeetingRequest.objects.count() == 1


def test_request_to_cancelled_registrant_is_refused(event, alice, bob):
    bob.registration.status = "cancelled"
    bob.registration.save()
    with pytest.raises(ValidationError) as exc:
        send(event, alice, bob)
    assert exc.value.message_dict == {
        "recipient": ["This person is not a partnering participant of this event."]
    }
    assert MeetingRequest.objects.count() == 0


def test_request_after_deadline_is_refused(event, config, alice, bob):
    config.request_deadline = datetime.now(UTC) - timedelta(minutes=1)
    config.save()
    with pytest.raises(ValidationError) as exc:
        send(event, alice, bob)
    assert exc.value.message_dict == {"recipient": ["The deadline for meeting requests has passed."]}
    assert MeetingRequest.objects.count() == 0


def test_request_limit_counts_all_but_cancelled(event, config, make_participant, alice):
    others = [make_participant(f"P{i}") for i in range(4)]
    first = send(event, alice, others[0])
    set_request_state(first, RequestState.CANCELLED, actor=alice.user)
    for other in others[1:4]:
        send(event, alice, other)
    with pytest.raises(ValidationError) as exc:
        send(event, alice, others[0])
    assert exc.value.message_dict == {
        "recipient": ["You have used all 3 meeting requests allowed at this event."]
    }
    assert alice.sent_requests.count() == 4


def test_request_by_non_participant_is_refused(event, config, outsider, bob):
    with pytest.raises(PermissionDenied):
        send_meeting_request(event, sender_user=outsider, recipient_id=bob.pk)
    assert MeetingRequest.objects.count() == 0


def test_virtual_request_refused_when_event_has_none(event, alice, bob):
    with pytest.raises(ValidationError) as exc:
        send_meeting_request(event, sender_user=alice.user, recipient_id=bob.pk, fmt="virtual")
    assert exc.value.message_dict == {"format": ["This event has no virtual meetings."]}


def test_recipient_accepts_and_sender_is_emailed(event, alice, bob, django_capture_on_commit_callbacks):
    request = send(event, alice, bob)
    with django_capture_on_commit_callbacks(execute=True):
        set_request_state(request, RequestState.ACCEPTED, actor=bob.user)
    request.refresh_from_db()
    assert request.state == RequestState.ACCEPTED
    assert request.responded_at is not None
    assert [m.to for m in mail.outbox] == [["alice@example.com"]]
    # Alice prefers Korean.
    assert mail.outbox[0].subject == "미팅 요청이 수락되었습니다 (바이오 인터내셔널 컨벤션)"


def test_decline_keeps_reason(event, alice, bob):
    request = send(event, alice, bob)
    set_request_state(request, RequestState.DECLINED, actor=bob.user, reason="Not our focus")
    request.refresh_from_db()
    assert (request.state, request.decline_reason) == ("declined", "Not our focus")


def test_sender_cannot_accept_own_request(event, alice, bob):
    request = send(event, alice, bob)
    with pytest.raises(PermissionDenied):
        set_request_state(request, RequestState.ACCEPTED, actor=alice.user)
    request.refresh_from_db()
    assert request.state == RequestState.PENDING


def test_third_person_cannot_touch_request(event, alice, bob, carol):
    request = send(event, alice, bob)
    with pytest.raises(PermissionDenied):
        set_request_state(request, RequestState.CANCELLED, actor=carol.user)
    request.refresh_from_db()
    assert request.state == RequestState.PENDING


@pytest.mark.parametrize("start", ["declined", "cancelled"])
def test_closed_request_cannot_reopen(event, alice, bob, start):
    request = send(event, alice, bob)
    set_request_state(request, start, actor=bob.user)
    with pytest.raises(ValidationError):
        set_request_state(request, RequestState.ACCEPTED, actor=bob.user)
    request.refresh_from_db()
    assert request.state == start


def test_either_party_cancels_accepted_and_pair_can_ask_again(event, alice, bob):
    request = send(event, alice, bob)
    set_request_state(request, RequestState.ACCEPTED, actor=bob.user)
    set_request_state(request, RequestState.CANCELLED, actor=bob.user)
    request.refresh_from_db()
    assert (request.state, request.cancelled_by) == ("cancelled", bob.user)
    again = send(event, bob, alice)
    assert again.state == RequestState.PENDING


def test_feedback_only_by_participants_and_rating_1_to_5(event, alice, bob, carol, past_meeting):
    with pytest.raises(PermissionDenied):
        from biobridge.partnering.services import submit_feedback

        submit_feedback(past_meeting, user=carol.user, data=FeedbackData(rating=5))
    with pytest.raises(ValidationError):
        submit_feedback(past_meeting, user=alice.user, data=FeedbackData(rating=6))
    assert MeetingFeedback.objects.count() == 0
    submit_feedback(past_meeting, user=alice.user, data=FeedbackData(rating=4, follow_up=True))
    submit_feedback(past_meeting, user=alice.user, data=FeedbackData(rating=5))
    assert list(MeetingFeedback.objects.values_list("rating", "follow_up")) == [(5, False)]


def test_feedback_waits_for_the_meeting(event, published_meeting, alice):
    from biobridge.partnering.services import submit_feedback

    with pytest.raises(ValidationError) as exc:
        submit_feedback(published_meeting, user=alice.user, data=FeedbackData(rating=5))
    assert exc.value.message_dict == {"rating": ["Feedback opens when the meeting has started."]}
    assert MeetingFeedback.objects.count() == 0


def test_mutual_interest_raises_priority(event, make_participant, taxonomy):
    biotech = make_participant("Bio", data=ProfileData(offering=["adc"], seeking=["cdmo_partner"]))
    cdmo = make_participant("Cdmo", data=ProfileData(offering=["cdmo_partner"], seeking=["adc"]))
    other = make_participant("Other", data=ProfileData(offering=["adc"]))
    assert send(event, biotech, cdmo).priority == 2.0
    assert send(event, other, cdmo).priority == 1.5  # cdmo seeks what `other` offers
    assert send(event, other, biotech).priority == 1.0
