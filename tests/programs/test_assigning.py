import pytest
from django.core.exceptions import ValidationError

from biobridge.accounts.services import add_membership
from biobridge.directory.models import Term
from biobridge.programs.affinity import Scorer, tag_overlap, with_ancestors
from biobridge.programs.enums import StageKind
from biobridge.programs.models import ReviewAssignment
from biobridge.programs.services.assigning import build_instance_data, run_assignment
from biobridge.programs.services.selection import advance_applications
from tests.programs.conftest import stage_of
from tests.programs.helpers import reviewer, submitted

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _tag_overlap_only(request, monkeypatch):
    """Exact affinities below come from the tag-overlap fallback; one test uses the engine."""
    if "engine" not in request.node.name:
        monkeypatch.setattr("biobridge.programs.affinity.engine_affinity", lambda: None)


def test_tag_overlap_counts_broader_terms(taxonomy):
    parents = dict(Term.objects.values_list("pk", "parent_id"))
    key = {t.key: t.pk for t in Term.objects.all()}
    solid = with_ancestors([key["solid_tumors"]], parents)
    assert solid == {key["solid_tumors"], key["oncology"]}
    assert tag_overlap(with_ancestors([key["oncology"]], parents), solid) == 0.5
    assert tag_overlap(set(), solid) == 0.0


def test_fallback_scorer_without_engine(taxonomy):
    scorer = Scorer(use_engine=False)
    onc, hem = Term.objects.get(key="oncology"), Term.objects.get(key="hematology")
    assert scorer.score([onc], [onc]) == 1.0
    assert scorer.score([onc], [hem]) == 0.0


def test_engine_scores_related_fields_when_installed(taxonomy):
    scorer = Scorer()
    assert scorer.engine is not None
    onc, solid, hem = (Term.objects.get(key=k) for k in ("oncology", "solid_tumors", "hematology"))
    assert scorer.score([onc], [solid]) > scorer.score([onc], [hem])


def test_engine_failure_falls_back_to_tags(taxonomy, monkeypatch):
    def broken(a, b):
        raise RuntimeError("engine index missing")

    monkeypatch.setattr("biobridge.programs.affinity.engine_affinity", lambda: broken)
    onc = Term.objects.get(key="oncology")
    assert Scorer().score([onc], [onc]) == 1.0


def _to_review(program, apps, operator):
    advance_applications(program, [a.pk for a, _m in apps], actor=operator)
    return stage_of(program, StageKind.REVIEW)


def test_assignment_respects_reviews_capacity_conflicts_and_prefers_affinity(program, operator):
    onc_app = submitted(program, offering=["oncology"])
    hem_app = submitted(program, offering=["hematology"])
    stage = _to_review(program, [onc_app, hem_app], operator)
    onc_r = reviewer(["oncology"], capacity=1)
    hem_r = reviewer(["hematology"], capacity=1)
    any_r = reviewer(["vaccine"], capacity=5)
    member_r = reviewer(["oncology", "hematology"], capacity=5)
    add_membership(user=member_r, organization=onc_app[0].organization)  # conflicted with onc_app
    run = run_assignment(program, stage=stage, actor=operator)
    pairs = set(ReviewAssignment.objects.values_list("reviewer_id", "application_id"))
    assert pairs == {
        (onc_r.pk, onc_app[0].pk),
        (any_r.pk, onc_app[0].pk),
        (hem_r.pk, hem_app[0].pk),
        (member_r.pk, hem_app[0].pk),
    }
    assert run.created == 4 and run.short == [] and run.total_affinity == 2.5


def test_second_run_only_tops_up(program, operator):
    apps = [submitted(program) for _ in range(2)]
    stage = _to_review(program, apps, operator)
    reviewer(capacity=2)
    run_assignment(program, stage=stage, actor=operator)
    assert ReviewAssignment.objects.count() == 2  # capacity 2, both apps short of their second review
    reviewer(capacity=5)
    second = run_assignment(program, stage=stage, actor=operator)
    assert second.created == 2 and ReviewAssignment.objects.count() == 4
    data = build_instance_data(program, stage)
    assert [a["reviews"] for a in data["applications"]] == [0, 0]


def test_assignment_only_in_review_stages(program, operator):
    with pytest.raises(ValidationError):
        run_assignment(program, stage=stage_of(program, StageKind.DOCUMENTS), actor=operator)
