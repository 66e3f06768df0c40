"""Applications: eligibility, drafts, attachments, submission before the deadline, versions."""

from __future__ import annotations

from collections.abc import Mapping

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from biobridge.accounts.rules import is_org_member
from biobridge.directory.models import Organization, Term
from biobridge.programs.enums import ApplicationState, FieldKind
from biobridge.programs.models import (
    Application,
    ApplicationVersion,
    Attachment,
    FormField,
    Program,
)
from biobridge.programs.validators import KINDS, validate_attachment

# --- eligibility ----------------------------------------------------------------------------


def eligibility_problems(program: Program, organization: Organization) -> list[str]:
    """Every reason `organization` may not apply to `program`, in plain words ([] = eligible)."""
    problems = []
    if program.eligible_org_types and organization.org_type not in program.eligible_org_types:
        problems.append(
            _("Open to %(types)s only; %(name)s is registered as %(type)s.")
            % {
                "types": org_type_labels(program.eligible_org_types),
                "name": organization.display_name,
                "type": organization.get_org_type_display(),
            }
        )
    if program.eligible_regions and organization.region not in program.eligible_regions:
        problems.append(
            _("Open to organisations in %(regions)s only; %(name)s is in %(region)s.")
            % {
                "regions": region_labels(program.eligible_regions),
                "name": organization.display_name,
                "region": organization.get_region_display() or _("an unknown region"),
            }
        )
    age_problem = _age_problem(program, organization)
    if age_problem:
        problems.append(age_problem)
    field_problem = _field_problem(program, organization)
    if field_problem:
        problems.append(field_problem)
    return problems


def org_type_labels(values: list[str]) -> str:
    from biobridge.directory.enums import OrganizationType

    return ", ".join(str(OrganizationType(v).label) for v in values if v in OrganizationType.values)


def region_labels(values: list[str]) -> str:
    from biobridge.directory.enums import Region

    return ", ".join(str(Region(v).label) for v in values if v in Region.values)


def oldest_founding_year(program: Program) -> int | None:
    """Companies founded in this year or later are young enough (age counted at the deadline)."""
    if program.max_company_age is None:
        return None
    return program.deadline.year - program.max_company_age + 1


def _age_problem(program: Program, organization: Organization) -> str:
    oldest = oldest_founding_year(program)
    if oldest is None:
        return ""
    if organization.founded_year is None:
        return _(
            "Add your founding year to the directory profile: "
            "the call is for companies under %(n)s years old."
        ) % {"n": program.max_company_age}
    if organization.founded_year < oldest:
        return _(
            "The call is for companies founded in %(year)s or later; %(name)s was founded in %(founded)s."
        ) % {"year": oldest, "name": organization.display_name, "founded": organization.founded_year}
    return ""


def _field_problem(program: Program, organization: Organization) -> str:
    wanted = set(program.eligible_terms.values_list("pk", flat=True))
    if not wanted:
        return ""
    # A tag counts when it is one of the fields or a narrower term of one (solid tumours → oncology).
    tags = Term.objects.filter(tag_links__organization=organization)
    if tags.filter(pk__in=wanted).exists() or tags.filter(parent_id__in=wanted).exists():
        return ""
    names = ", ".join(str(t) for t in program.eligible_terms.all())
    return _("The call is for %(fields)s; tag your directory profile with one of these fields.") % {
        "fields": names
    }


# --- drafts, answers, submission -----------------------------------------------------------


def _check_open(program: Program) -> None:
    now = timezone.now()
    if now < program.opens_at:
        raise ValidationError(
            _("The call opens on %(date)s.")
            % {"date": timezone.localtime(program.opens_at).strftime("%Y-%m-%d")}
        )
    if now >= program.deadline:
        raise ValidationError(
            _("The deadline has passed; the call no longer accepts submissions or changes.")
        )


@transaction.atomic
def create_application(program: Program, *, organization: Organization, actor) -> Application:
    """Start a draft for `organization`. Refuses non-members, ineligible organisations, a closed call."""
    if not is_org_member(actor, organization):
        raise PermissionDenied(_("Only members of an organisation can apply on its behalf."))
    _check_open(program)
    problems = eligibility_problems(program, organization)
    if problems:
        raise ValidationError({"organization": problems})
    try:
        with transaction.atomic():
            return Application.objects.create(program=program, organization=organization, created_by=actor)
    except IntegrityError as exc:
        raise ValidationError(
            {"organization": [_("This organisation has already applied to this program.")]}
        ) from exc


def clean_answers(program: Program, answers: Mapping[str, object]) -> tuple[dict, dict[str, list[str]]]:
    """Coerce the non-file answers by field kind; returns (cleaned, errors by field key)."""
    cleaned: dict = {}
    errors: dict[str, list[str]] = {}
    for field in program.form_fields.exclude(kind=FieldKind.FILE):
        if field.key not in answers:
            continue
        value, error = _clean_value(field, answers[field.key])
        if error:
            errors[field.key] = [error]
        else:
            cleaned[field.key] = value
    return cleaned, errors


def _clean_value(field: FormField, raw: object) -> tuple[object, str]:
    text = "" if raw is None else str(raw).strip()
    if field.kind == FieldKind.NUMBER and text:
        try:
            return (float(text) if "." in text else int(text)), ""
        except ValueError:
            return None, _("Enter a number.")
    if field.kind == FieldKind.CHOICE and text and text not in {c["value"] for c in field.choices}:
        return None, _("Choose one of the listed options.")
    if field.kind == FieldKind.TEXT and len(text) > 300:
        return None, _("At most 300 characters.")
    if field.kind == FieldKind.LONG_TEXT and len(text) > 10000:
        return None, _("At most 10,000 characters.")
    return text, ""


def missing_required(application: Application) -> dict[str, list[str]]:
    errors = {}
    for field in application.program.form_fields.filter(required=True):
        if application.answers.get(field.key) in (None, ""):
            errors[field.key] = [_("This field is required to submit.")]
    return errors


@transaction.atomic
def save_application(
    application: Application,
    *,
    answers: Mapping[str, object],
    files: Mapping[str, object] | None = None,
    actor,
) -> Application:
    """Store answers and new files. After submission this records a new version, keeping the old.

    Side effects: files written under MEDIA_ROOT; a new ApplicationVersion when already submitted.
    """
    application = _lock_for_edit(application, actor)
    cleaned, errors = clean_answers(application.program, answers)
    kinds = _check_files(application.program, files or {}, errors)
    if errors:
        raise ValidationError(errors)
    new_answers = {**application.answers, **cleaned, **{key: "pending" for key in files or {}}}
    if application.state == ApplicationState.SUBMITTED:
        # Submitted answers are a record: a change must keep the full form complete.
        missing = missing_required(Application(program=application.program, answers=new_answers))
        if missing:
            raise ValidationError(missing)
    # Files are written last, after every check, so a refused save leaves nothing on disk.
    for key, upload in (files or {}).items():
        new_answers[key] = str(_store_attachment(application, key, upload, kinds[key], actor).pk)
    application.answers = new_answers
    application.save(update_fields=["answers", "updated_at"])
    if application.state == ApplicationState.SUBMITTED:
        _record_version(application, actor)
    return application


def _lock_for_edit(application: Application, actor) -> Application:
    if not is_org_member(actor, application.organization):
        raise PermissionDenied(_("Only members of the applicant organisation can edit this application."))
    application = Application.objects.select_for_update().select_related("program").get(pk=application.pk)
    if application.state not in (ApplicationState.DRAFT, ApplicationState.SUBMITTED):
        raise ValidationError(_("This application can no longer be changed."))
    _check_open(application.program)
    return application


def _check_files(program: Program, files: Mapping[str, object], errors: dict) -> dict[str, str]:
    file_keys = set(program.form_fields.filter(kind=FieldKind.FILE).values_list("key", flat=True))
    kinds = {}
    for key, upload in files.items():
        if key not in file_keys:
            errors.setdefault(key, []).append(_("This question does not take a file."))
            continue
        try:
            kinds[key] = validate_attachment(upload)
        except ValidationError as exc:
            errors.setdefault(key, []).extend(exc.messages)
    return kinds


def _store_attachment(application: Application, key: str, upload, kind: str, actor) -> Attachment:
    attachment = Attachment(
        application=application,
        field_key=key,
        original_name=(upload.name or "file")[-200:],
        content_type=KINDS[kind][0],
        size=upload.size,
        uploaded_by=actor,
    )
    upload.seek(0)
    attachment.file.save(attachment.pk.hex, upload, save=False)
    attachment.save()
    return attachment


def _record_version(application: Application, actor) -> ApplicationVersion:
    application.version += 1
    application.save(update_fields=["version"])
    return ApplicationVersion.objects.create(
        application=application,
        number=application.version,
        answers=dict(application.answers),
        created_by=actor,
    )


@transaction.atomic
def submit_application(application: Application, *, actor) -> Application:
    """Submit a draft before the deadline. Side effects: version 1; the first stage is entered."""
    application = _lock_for_edit(application, actor)
    if application.state != ApplicationState.DRAFT:
        raise ValidationError(_("This application was already submitted."))
    missing = missing_required(application)
    if missing:
        raise ValidationError(missing)
    application.state = ApplicationState.SUBMITTED
    application.submitted_at = timezone.now()
    application.stage = application.program.stages.order_by("position").first()
    application.save(update_fields=["state", "submitted_at", "stage", "updated_at"])
    _record_version(application, actor)
    return application


@transaction.atomic
def withdraw_application(application: Application, *, actor) -> Application:
    from biobridge.programs.services.selection import set_application_state

    if not is_org_member(actor, application.organization):
        raise PermissionDenied(_("Only members of the applicant organisation can withdraw it."))
    return set_application_state(application, ApplicationState.WITHDRAWN, actor=actor)
