"""Demo data of the partnering module (called by `biobridge demo` after the events demo; idempotent).

BIX 2023 gets partnering (3 days, 10:00–17:00 with a lunch break, 30-minute slots, 40 tables);
every confirmed registrant gets a profile with their organisation's tags; a seeded, realistic set
of requests is sent and answered (accepted / declined / pending) through the services; the
scheduler runs and the agenda is published, then some meetings get attendance and feedback.
A second run finds each step done and adds nothing. Emails are not sent while loading.
"""

from __future__ import annotations

import random
from datetime import time

from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import override_settings

from biobridge.directory.enums import TagSide
from biobridge.events.enums import RegistrationStatus
from biobridge.events.models import Event
from biobridge.partnering.enums import RequestState, RunStatus
from biobridge.partnering.models import MeetingRequest, PartneringSettings, Profile, ScheduleRun
from biobridge.partnering.scheduling import publish_run, run_scheduler, set_attendance
from biobridge.partnering.services import (
    FeedbackData,
    ProfileData,
    SettingsData,
    save_profile,
    send_meeting_request,
    set_request_state,
    submit_feedback,
    update_partnering_settings,
)

EVENT_SLUG = "bix-2023"
SEED = 2023
STARTUP = "startup@biobridge.demo"
# Meetings the demo startup certainly has (recipient e-mail, message).
STARTUP_MEETINGS = [
    ("bd@celltrion.demo", "HER2 ADC 후보물질(ONC-101)의 공동개발과 생산 협력을 논의하고 싶습니다."),
    ("mentor@bms.demo", "Seeking feedback on our oncology pipeline and BMS open-innovation programmes."),
    ("supplier@biobridge.demo", "ADC 링커·페이로드 공급과 국산화 가능성을 여쭙고 싶습니다."),
]
MESSAGES = [
    "귀사의 파이프라인과 협력 가능성을 논의하고 싶습니다.",
    "We would like to discuss a licensing or co-development partnership.",
    "생산 위탁(CDMO) 협력 가능성을 여쭙고 싶습니다.",
    "Interested in your technology platform; could we meet at BIX?",
    "소부장 공급 협력과 성능평가 일정을 논의하고 싶습니다.",
]


def demo_lines() -> list[str]:
    event = Event.objects.filter(slug=EVENT_SLUG).first()
    if event is None:
        return ["partnering: BIX 2023 is not loaded (events demo missing); skipped"]
    quiet = override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend")
    with quiet, transaction.atomic():
        counts = load_demo_partnering(event)
    return [
        f"partnering: BIX 2023 — {counts['profiles']} new profiles, {counts['requests']} new requests, "
        f"{counts['published']} meetings published (console: /ko/partnering/{EVENT_SLUG}/console/ as "
        "operator@biobridge.demo)",
        f"partnering: {STARTUP} has {counts['startup_meetings']} meetings: "
        f"/ko/partnering/{EVENT_SLUG}/agenda/",
    ]


def _operator():
    return get_user_model().objects.filter(email="operator@biobridge.demo").first() or (
        get_user_model().objects.filter(is_superuser=True).first()
    )


def load_demo_partnering(event: Event) -> dict[str, int]:
    operator = _operator()
    _settings(event, operator)
    counts = {"profiles": _profiles(event), "requests": 0, "published": 0}
    if not MeetingRequest.objects.filter(event=event).exists():
        counts["requests"] = _requests(event)
    if not ScheduleRun.objects.filter(event=event, status=RunStatus.PUBLISHED).exists():
        run = run_scheduler(event, actor=operator, time_limit=5)
        counts["published"] = publish_run(run, actor=operator)["created"]
        _after_the_event(event, operator)
    startup = Profile.objects.filter(event=event, user__email=STARTUP).first()
    counts["startup_meetings"] = (
        event.partnering_meetings.filter(state="scheduled", request__in=_requests_of(startup)).count()
        if startup
        else 0
    )
    return counts


def _requests_of(profile: Profile):
    return MeetingRequest.objects.filter(sender=profile) | MeetingRequest.objects.filter(recipient=profile)


def _settings(event: Event, operator) -> None:
    if PartneringSettings.objects.filter(event=event).exists():
        return
    data = SettingsData(
        enabled=True,
        day_start=time(10, 0),
        day_end=time(17, 0),
        slot_minutes=30,
        breaks=[("12:00", "13:00")],
        tables=40,
        request_limit=30,
    )
    update_partnering_settings(event, data=data, actor=operator)


def _org_tags(org, side: str) -> list[str]:
    if org is None:
        return []
    return [link.term.key for link in org.tag_links.select_related("term") if link.side == side][:8]


def _profiles(event: Event) -> int:
    added = 0
    registrations = event.registrations.filter(status=RegistrationStatus.CONFIRMED).select_related(
        "user", "organization"
    )
    for registration in registrations.order_by("pk"):
        if Profile.objects.filter(event=event, user=registration.user).exists():
            continue
        org = registration.organization
        data = ProfileData(
            role=registration.job_title,
            summary=(org.description if org else "")[:600],
            assets=["ONC-101 — HER2 ADC, 전임상 (preclinical)", "ONC-205 — 이중항체, 후보물질 도출"]
            if registration.user.email == STARTUP
            else [],
            offering=_org_tags(org, TagSide.OFFERING),
            seeking=_org_tags(org, TagSide.SEEKING),
        )
        save_profile(event, user=registration.user, data=data)
        added += 1
    return added


def _answer(request: MeetingRequest, roll: float) -> None:
    """About 65% accepted, 15% declined, 5% cancelled by the sender, the rest left pending."""
    if roll < 0.65:
        set_request_state(request, RequestState.ACCEPTED, actor=request.recipient.user)
    elif roll < 0.80:
        set_request_state(
            request,
            RequestState.DECLINED,
            actor=request.recipient.user,
            reason="이번 행사에서는 일정이 맞지 않습니다.",
        )
    elif roll < 0.85:
        set_request_state(request, RequestState.CANCELLED, actor=request.sender.user)


def _send(event: Event, sender: Profile, recipient: Profile, message: str) -> MeetingRequest | None:
    from django.core.exceptions import ValidationError

    try:
        return send_meeting_request(
            event, sender_user=sender.user, recipient_id=recipient.pk, message=message
        )
    except ValidationError:  # duplicate pair or limit: the demo just skips it
        return None


def _requests(event: Event) -> int:
    profiles = list(Profile.objects.filter(event=event).select_related("user").order_by("user__email"))
    by_email = {p.user.email: p for p in profiles}
    rng = random.Random(SEED)
    sent = 0
    startup = by_email.get(STARTUP)
    for email, message in STARTUP_MEETINGS:
        if startup and email in by_email and (req := _send(event, startup, by_email[email], message)):
            set_request_state(req, RequestState.ACCEPTED, actor=req.recipient.user)
            sent += 1
    for sender in profiles:
        for recipient in rng.sample(profiles, k=min(5, len(profiles))):
            if recipient.pk != sender.pk and (req := _send(event, sender, recipient, rng.choice(MESSAGES))):
                _answer(req, rng.random())
                sent += 1
    return sent


def _after_the_event(event: Event, operator) -> None:
    """BIX 2023 is over: record attendance for most meetings and some feedback."""
    rng = random.Random(SEED + 1)
    for meeting in (
        event.partnering_meetings.filter(state="scheduled")
        .select_related("request__sender__user", "request__recipient__user")
        .order_by("pk")
    ):
        roll = rng.random()
        if roll < 0.08:
            set_attendance(meeting, "no_show", actor=operator)
            continue
        set_attendance(meeting, "held", actor=operator)
        if roll < 0.6:
            author = meeting.request.sender.user
            submit_feedback(
                meeting,
                user=author,
                data=FeedbackData(rating=rng.choice([3, 4, 4, 5, 5]), follow_up=rng.random() < 0.55),
            )
