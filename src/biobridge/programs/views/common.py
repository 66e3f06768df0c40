from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError


def errors_to_form(form: forms.Form, exc: ValidationError, aliases: dict[str, str] | None = None) -> None:
    """Put a service's ValidationError next to the matching fields (the rest on top).
    `aliases` maps a service's field name to the form's (`choices` → `options`)."""
    if hasattr(exc, "error_dict"):
        for field, messages in exc.message_dict.items():
            field = (aliases or {}).get(field, field)
            for message in messages:
                form.add_error(field if field in form.fields else None, message)
    else:
        for message in exc.messages:
            form.add_error(None, message)
