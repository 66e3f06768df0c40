"""Background work of the events module: notification e-mails (ids in, re-fetched, safe twice)."""

from __future__ import annotations

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from biobridge.events.enums import RegistrationStatus
from biobridge.events.models import Registration


@task()
def send_promotion_email(registration_id: int) -> bool:
    """Tell a person their wait-listed registration is now confirmed, in their language.

    Returns False (sends nothing) when the registration is gone or no longer confirmed, so a
    late or repeated run never announces a seat that was cancelled meanwhile.
    """
    registration = (
        Registration.objects.select_related("event", "user", "ticket_type").filter(pk=registration_id).first()
    )
    if registration is None or registration.status != RegistrationStatus.CONFIRMED:
        return False
    user = registration.user
    with translation.override(user.preferred_language or "ko"):
        context = {"registration": registration, "event": registration.event, "user": user}
        subject = _("Your seat at %(event)s is confirmed") % {"event": registration.event.name}
        body = render_to_string("events/email/promoted.txt", context)
    send_mail(subject, body, None, [user.email])
    return True
