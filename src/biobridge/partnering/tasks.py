"""Background work: notification emails, each in the recipient's preferred language.

Tasks take ids, re-fetch, and are safe to run twice (an email more, never a wrong one).
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_tasks import task


def _subject(kind: str, event) -> str:
    subjects = {
        "sent": _("New meeting request at %(event)s"),
        "accepted": _("Your meeting request was accepted (%(event)s)"),
        "declined": _("Your meeting request was declined (%(event)s)"),
        "cancelled": _("A meeting request was cancelled (%(event)s)"),
        "published": _("Your partnering agenda for %(event)s is published"),
        "changed": _("Your partnering agenda for %(event)s has changed"),
    }
    return subjects[kind] % {"event": event.name}


@task()
def send_request_email(*, request_id: int, kind: str, user_id: int) -> None:
    from biobridge.partnering.models import MeetingRequest

    request = (
        MeetingRequest.objects.select_related(
            "event", "sender__user", "sender__organization", "recipient__user", "recipient__organization"
        )
        .filter(pk=request_id)
        .first()
    )
    user = get_user_model().objects.filter(pk=user_id).first()
    if request is None or user is None:
        return
    with override(user.preferred_language):
        other = request.sender if request.recipient.user_id == user.pk else request.recipient
        body = render_to_string(
            "partnering/email/request.txt", {"request": request, "kind": kind, "other": other, "user": user}
        )
        send_mail(_subject(kind, request.event), body, None, [user.email])


@task()
def send_agenda_email(*, event_id: int, user_id: int, kind: str) -> None:
    from biobridge.events.models import Event
    from biobridge.partnering.selectors import agenda_for_user

    event = Event.objects.filter(pk=event_id).first()
    user = get_user_model().objects.filter(pk=user_id).first()
    if event is None or user is None:
        return
    with override(user.preferred_language):
        agenda = agenda_for_user(event, user)
        body = render_to_string(
            "partnering/email/agenda.txt", {"event": event, "agenda": agenda, "kind": kind, "user": user}
        )
        send_mail(_subject(kind, event), body, None, [user.email])


@task()
def run_scheduler_task(*, event_id: int, actor_id: int, time_limit: float) -> int | None:
    """A console scheduler run on a worker; returns the run id (a re-run just adds a draft)."""
    from biobridge.events.models import Event
    from biobridge.partnering.scheduling import run_scheduler

    event = Event.objects.filter(pk=event_id).first()
    actor = get_user_model().objects.filter(pk=actor_id).first()
    if event is None or actor is None:
        return None
    return run_scheduler(event, actor=actor, time_limit=time_limit).pk
