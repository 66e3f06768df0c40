"""Forms of programs. Validation is the services': forms only shape input, so every door agrees."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from biobridge.programs.enums import ConflictKind, FieldKind
from biobridge.programs.models import Application, Criterion, Program
from biobridge.programs.validators import MAX_ATTACHMENT_BYTES

ACCEPT = ".pdf,.docx,.pptx,.png,.jpg,.jpeg"


class ApplicationForm(forms.Form):
    """The operator-built form of a program, one field per question, labelled in the viewer's language."""

    def __init__(self, *args, program: Program, application: Application | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.program = program
        answers = application.answers if application else {}
        for question in program.form_fields.all():
            self.fields[question.key] = self._field(question, answers.get(question.key))

    def _field(self, question, current) -> forms.Field:
        # Required-ness is enforced at submission (drafts may be incomplete), so no field is required here.
        common = {"label": question.label, "help_text": question.help, "required": False}
        if question.kind == FieldKind.LONG_TEXT:
            return forms.CharField(widget=forms.Textarea(attrs={"rows": 5}), initial=current, **common)
        if question.kind == FieldKind.NUMBER:
            return forms.DecimalField(initial=current, **common)
        if question.kind == FieldKind.CHOICE:
            return forms.ChoiceField(choices=[("", "—"), *question.choice_pairs()], initial=current, **common)
        if question.kind == FieldKind.FILE:
            common["help_text"] = question.help or _("PDF, DOCX, PPTX, PNG or JPEG, up to %(mb)s MB.") % {
                "mb": MAX_ATTACHMENT_BYTES // (1024 * 1024)
            }
            return forms.FileField(widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}), **common)
        return forms.CharField(max_length=300, initial=current, **common)

    def answers(self) -> dict:
        file_keys = self.file_keys()
        return {
            key: "" if value is None else str(value)
            for key, value in self.cleaned_data.items()
            if key not in file_keys
        }

    def files_to_store(self) -> dict:
        return {key: self.cleaned_data[key] for key in self.file_keys() if self.cleaned_data.get(key)}

    def file_keys(self) -> set[str]:
        return {q.key for q in self.program.form_fields.all() if q.kind == FieldKind.FILE}

    def is_required(self, key: str) -> bool:
        return any(q.key == key and q.required for q in self.program.form_fields.all())


class ReviewForm(forms.Form):
    comment = forms.CharField(label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(
        self, *args, criteria: list[Criterion], initial_scores: dict[int, int] | None = None, **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for criterion in criteria:
            choices = [(str(v), str(v)) for v in range(criterion.min_score, criterion.max_score + 1)]
            self.fields[f"criterion_{criterion.pk}"] = forms.ChoiceField(
                label=criterion.name,
                choices=[("", "—"), *choices],
                required=False,
                initial=(initial_scores or {}).get(criterion.pk),
                help_text=_("weight %(w)s") % {"w": criterion.weight},
            )
        self.order_fields([*self.fields.keys() - {"comment"}, "comment"])

    def scores(self) -> dict[int, str]:
        return {c.pk: self.cleaned_data.get(f"criterion_{c.pk}") for c in self.criteria}


class SelectForm(forms.Form):
    amount = forms.IntegerField(label=_("Grant amount"), min_value=0)


class SlotForm(forms.Form):
    starts_at = forms.DateTimeField(
        label=_("Starts"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    minutes = forms.IntegerField(label=_("Minutes"), min_value=15, max_value=240, initial=60)
    location = forms.CharField(label=_("Location"), max_length=200, required=False)
    program = forms.ModelChoiceField(label=_("Program"), queryset=Program.objects.none(), required=False)

    def __init__(self, *args, programs=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["program"].queryset = programs if programs is not None else Program.objects.all()


class BookingForm(forms.Form):
    organization = forms.ChoiceField(label=_("For"))
    topic = forms.CharField(label=_("Topic"), max_length=300, required=False)

    def __init__(self, *args, organizations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].choices = [(o.pk, o.display_name) for o in organizations]


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}))


class ProgressForm(forms.Form):
    text = forms.CharField(label=_("Progress"), widget=forms.Textarea(attrs={"rows": 3}))
    percent = forms.IntegerField(label=_("Done (%)"), min_value=0, max_value=100)


class MilestoneForm(forms.Form):
    title_ko = forms.CharField(label=_("Korean title"), max_length=200, required=False)
    title_en = forms.CharField(label=_("English title"), max_length=200, required=False)
    due_on = forms.DateField(label=_("Due"), widget=forms.DateInput(attrs={"type": "date"}))


class ConflictForm(forms.Form):
    organization = forms.ChoiceField(label=_("Organisation"))
    kind = forms.ChoiceField(label=_("Relationship"), choices=ConflictKind.choices)

    def __init__(self, *args, **kwargs):
        from biobridge.directory.models import Organization

        super().__init__(*args, **kwargs)
        orgs = Organization.objects.order_by("name_ko", "name_en").only("pk", "name_ko", "name_en")
        self.fields["organization"].choices = [("", "—"), *((o.pk, o.display_name) for o in orgs)]


class ExpertiseForm(forms.Form):
    expertise = forms.MultipleChoiceField(
        label=_("Expertise"), required=False, widget=forms.SelectMultiple(attrs={"size": 10})
    )
    capacity = forms.IntegerField(
        label=_("Applications you can review per program"), min_value=0, max_value=500, required=False
    )

    def __init__(self, *args, **kwargs):
        from biobridge.directory.forms import term_choices

        super().__init__(*args, **kwargs)
        self.fields["expertise"].choices = term_choices()


class QuestionForm(forms.Form):
    """An operator adds a question to the application form."""

    key = forms.SlugField(
        label=_("Key"), max_length=40, help_text=_("Letters, digits and dashes; unique in the form.")
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=FieldKind.choices)
    label_ko = forms.CharField(label=_("Korean label"), max_length=200, required=False)
    label_en = forms.CharField(label=_("English label"), max_length=200, required=False)
    required = forms.BooleanField(label=_("Required to submit"), required=False)
    options = forms.CharField(
        label=_("Options (choice questions)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line: value | 한국어 | English"),
    )

    def choices(self) -> list[dict]:
        out = []
        for line in self.cleaned_data["options"].splitlines():
            parts = [p.strip() for p in line.split("|")]
            if parts and parts[0]:
                ko = parts[1] if len(parts) > 1 else ""
                en = parts[2] if len(parts) > 2 else ""
                out.append({"value": parts[0], "ko": ko, "en": en})
        return out


class CriterionForm(forms.Form):
    name_ko = forms.CharField(label=_("Korean name"), max_length=120, required=False)
    name_en = forms.CharField(label=_("English name"), max_length=120, required=False)
    weight = forms.IntegerField(label=_("Weight"), min_value=1, max_value=100, initial=1)
    min_score = forms.IntegerField(label=_("Lowest score"), initial=1)
    max_score = forms.IntegerField(label=_("Highest score"), initial=5)
