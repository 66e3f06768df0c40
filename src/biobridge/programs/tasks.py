"""Background work of programs: decision e-mails, sent after commit, in each recipient's language."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_tasks import task

from biobridge.accounts.models import User
from biobridge.programs.enums import ApplicationState
from biobridge.programs.models import Application


@task()
def send_decision_email(application_id: int) -> int:
    """Tell the applicant's members the decision. Idempotent: a decision is mailed once."""
    with transaction.atomic():
        app = (
            Application.objects.select_for_update()
            .select_related("program", "organization")
            .get(pk=application_id)
        )
        if app.notified_state == app.state or app.state not in (
            ApplicationState.SELECTED,
            ApplicationState.NOT_SELECTED,
        ):
            return 0
        recipients = list(User.objects.filter(memberships__organization=app.organization, is_active=True))
        for user in recipients:
            _send_one(app, user)
        Application.objects.filter(pk=app.pk).update(notified_state=app.state)
    return len(recipients)


def _send_one(app: Application, user: User) -> None:
    with override(user.preferred_language or settings.LANGUAGE_CODE):
        values = {"program": app.program.title, "organization": app.organization.display_name}
        if app.state == ApplicationState.SELECTED:
            subject = _("Selected: %(program)s") % values
            body = (
                _(
                    "Congratulations: %(organization)s has been selected in %(program)s. "
                    "The grant and the coaching programme are on your application page."
                )
                % values
            )
        else:
            subject = _("Result of %(program)s") % values
            body = (
                _("Thank you for applying to %(program)s. %(organization)s was not selected this time.")
                % values
            )
        send_mail(subject, body, None, [user.email])
