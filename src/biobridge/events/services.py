"""Writes for events: registration with capacity and wait-list, cancellation, check-in.

Seats are counted under a row lock on the event (`select_for_update`), so two people taking
the last seat at the same moment never both get it: the second one is wait-listed.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from biobridge.accounts.models import User
from biobridge.directory.models import Organization
from biobridge.events.enums import RegistrationStatus
from biobridge.events.models import Event, Registration, TicketType
from biobridge.events.rules import is_event_organizer
from biobridge.events.tasks import send_promotion_email
from biobridge.events.validators import event_has_ended, validate_job_title

S = RegistrationStatus

# Allowed transitions of a registration; cancelled is final (a person registers anew instead).
TRANSITIONS: dict[str, set[str]] = {
    S.WAITLISTED: {S.CONFIRMED, S.CANCELLED},
    S.CONFIRMED: {S.CANCELLED},
    S.CANCELLED: set(),
}


def validate_registration(
    event: Event,
    *,
    user: User,
    ticket_type: TicketType | None = None,
    job_title: str = "",
    as_organizer: bool = False,
) -> None:
    """Raise ValidationError (by field) unless `user` may register for `event`. Changes nothing.

    Organisers (`as_organizer`) may add people after registration closed, e.g. by CSV import.
    """
    errors: dict[str, list[str]] = {}
    if not as_organizer and not event.registration_open:
        errors.setdefault("event", []).append(_("Registration for this event is closed."))
    elif not as_organizer and event_has_ended(event):
        errors.setdefault("event", []).append(_("This event is over; registration is closed."))
    if event.children.exists():
        errors.setdefault("event", []).append(_("Register for the individual seminars of this series."))
    if ticket_type is not None and ticket_type.event_id != event.pk:
        errors.setdefault("ticket_type", []).append(_("This ticket type belongs to another event."))
    if ticket_type is None and event.ticket_types.exists():
        errors.setdefault("ticket_type", []).append(_("Choose a ticket type."))
    try:
        validate_job_title(job_title)
    except ValidationError as exc:
        errors.setdefault("job_title", []).extend(exc.messages)
    if Registration.objects.filter(event=event, user=user).exclude(status=S.CANCELLED).exists():
        errors.setdefault("event", []).append(_("You are already registered for this event."))
    if errors:
        raise ValidationError(errors)


def _has_seat(event: Event, ticket_type: TicketType | None) -> bool:
    """Whether one more confirmed registration fits the event's and the ticket's capacity."""
    confirmed = Registration.objects.filter(event=event, status=S.CONFIRMED)
    if event.capacity is not None and confirmed.count() >= event.capacity:
        return False
    if ticket_type is not None and ticket_type.capacity is not None:
        return confirmed.filter(ticket_type=ticket_type).count() < ticket_type.capacity
    return True


def _lock(event: Event) -> Event:
    # Every change to an event's seats takes this row lock first, so counts cannot go stale.
    return Event.objects.select_for_update().get(pk=event.pk)


def default_organization(user: User) -> Organization | None:
    """The organisation a person registers for when none is given: their oldest membership."""
    membership = user.memberships.select_related("organization").order_by("created_at", "pk").first()
    return membership.organization if membership else None


@transaction.atomic
def register(
    event: Event,
    *,
    user: User,
    organization: Organization | None = None,
    ticket_type: TicketType | None = None,
    job_title: str = "",
    as_organizer: bool = False,
) -> Registration:
    """Register `user`: confirmed while seats last, wait-listed after.

    Without `organization`, the person's oldest membership is used. Raises ValidationError
    when registration is closed, the ticket type is wrong or the person is already registered.
    """
    event = _lock(event)
    job_title = (job_title or "").strip()
    validate_registration(
        event, user=user, ticket_type=ticket_type, job_title=job_title, as_organizer=as_organizer
    )
    status = S.CONFIRMED if _has_seat(event, ticket_type) else S.WAITLISTED
    try:
        with transaction.atomic():
            return Registration.objects.create(
                event=event,
                user=user,
                organization=organization or default_organization(user),
                ticket_type=ticket_type,
                job_title=job_title,
                status=status,
            )
    except IntegrityError as exc:  # the same person registering twice at once
        raise ValidationError({"event": [_("You are already registered for this event.")]}) from exc


def set_registration_state(registration: Registration, new_state: str, *, actor: User | None) -> Registration:
    """The one owner of registration states (see TRANSITIONS). Call inside a transaction
    holding the event lock.

    Side effects: confirmed from the wait-list → promotion e-mail after commit; leaving
    `confirmed` → check-in cleared and the freed seat offered to the wait-list.
    """
    old_state = registration.status
    if new_state not in TRANSITIONS[old_state]:
        raise ValidationError(
            {
                "status": [
                    _("A %(old)s registration cannot become %(new)s.")
                    % {"old": S(old_state).label, "new": S(new_state).label}
                ]
            }
        )
    registration.status = new_state
    if new_state != S.CONFIRMED:
        registration.checked_in_at = None
    registration.save(update_fields=["status", "checked_in_at", "updated_at"])
    if old_state == S.WAITLISTED and new_state == S.CONFIRMED:
        pk = registration.pk
        transaction.on_commit(lambda: send_promotion_email.enqueue(registration_id=pk))
    if old_state == S.CONFIRMED:
        promote_waitlisted(registration.event)
    return registration


def promote_waitlisted(event: Event) -> list[Registration]:
    """Confirm wait-listed people in registration order while seats are free.

    Someone whose ticket type is still full keeps their place; the next person with a
    free ticket type moves up. Returns the promoted registrations.
    """
    promoted = []
    waiting = (
        event.registrations.filter(status=S.WAITLISTED)
        .select_related("ticket_type")
        .order_by("created_at", "pk")
    )
    for registration in waiting:
        if event.capacity is not None and not _has_seat(event, None):
            break
        if _has_seat(event, registration.ticket_type):
            registration.status = S.CONFIRMED
            registration.save(update_fields=["status", "updated_at"])
            pk = registration.pk
            transaction.on_commit(lambda pk=pk: send_promotion_email.enqueue(registration_id=pk))
            promoted.append(registration)
    return promoted


@transaction.atomic
def cancel_registration(registration: Registration, *, actor: User) -> Registration:
    """Cancel a registration (by the registrant or an organiser); the next wait-listed person
    gets the seat and an e-mail. Raises PermissionDenied for anyone else."""
    if not actor.has_perm("events.cancel_registration", registration):
        raise PermissionDenied(_("You can only cancel your own registration."))
    registration.event = _lock(registration.event)
    registration.refresh_from_db(fields=["status", "checked_in_at"])
    if registration.status == S.CANCELLED:
        raise ValidationError({"status": [_("This registration is already cancelled.")]})
    return set_registration_state(registration, S.CANCELLED, actor=actor)


@transaction.atomic
def set_checked_in(registration: Registration, checked_in: bool, *, actor: User) -> Registration:
    """Check a confirmed registrant in (or undo it). Organisers only."""
    if not is_event_organizer(actor, registration.event):
        raise PermissionDenied(_("Only the event's organisers can check people in."))
    registration.refresh_from_db(fields=["status", "checked_in_at"])
    if checked_in and registration.status != S.CONFIRMED:
        raise ValidationError({"status": [_("Only confirmed registrations can be checked in.")]})
    if checked_in and registration.checked_in_at is None:
        registration.checked_in_at = timezone.now()
    elif not checked_in:
        registration.checked_in_at = None
    registration.save(update_fields=["checked_in_at", "updated_at"])
    return registration
