import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from biobridge.accounts.services import add_membership
from biobridge.programs.enums import StageKind
from biobridge.programs.models import Review, ReviewAssignment
from biobridge.programs.selectors import rank_applications, reviewer_z_scores
from biobridge.programs.services.reviewing import submit_review, weighted_total
from biobridge.programs.services.selection import advance_applications
from tests.factories import UserFactory
from tests.programs.conftest import stage_of
from tests.programs.helpers import reviewer, submitted

pytestmark = pytest.mark.django_db


def _assign(program, operator, n_apps=2, reviewers=()):
    apps = [submitted(program)[0] for _ in range(n_apps)]
    advance_applications(program, [a.pk for a in apps], actor=operator)
    stage = stage_of(program, StageKind.REVIEW)
    for app in apps:
        for r in reviewers:
            ReviewAssignment.objects.create(stage=stage, application=app, reviewer=r)
    return apps, stage


def _scores(program, tech, business):
    technology, biz = program.criteria.order_by("position")
    return {technology.pk: tech, biz.pk: business}


def test_weighted_total_maps_ranges_to_0_100(program):
    criteria = list(program.criteria.order_by("position"))
    assert weighted_total(criteria, {criteria[0].pk: 5, criteria[1].pk: 1}) == 75.0
    assert weighted_total(criteria, {criteria[0].pk: 3, criteria[1].pk: 3}) == 50.0


def test_submit_review_and_rescore(program, operator):
    r = reviewer()
    (app, _other), _stage = _assign(program, operator, reviewers=[r])
    assignment = ReviewAssignment.objects.get(application=app, reviewer=r)
    submit_review(assignment, scores=_scores(program, 5, 5), comment="훌륭함", actor=r)
    submit_review(assignment, scores=_scores(program, 1, 1), comment="재검토", actor=r)
    review = Review.objects.get()
    assert (review.total, review.comment, review.scores.count()) == (0.0, "재검토", 2)


def test_review_refused_for_others_and_out_of_range(program, operator):
    r = reviewer()
    (app, _other), _stage = _assign(program, operator, reviewers=[r])
    assignment = ReviewAssignment.objects.get(application=app, reviewer=r)
    with pytest.raises(PermissionDenied):
        submit_review(
            assignment, scores=_scores(program, 5, 5), comment="", actor=UserFactory(roles=["reviewer"])
        )
    with pytest.raises(ValidationError) as exc:
        submit_review(assignment, scores=_scores(program, 9, ""), comment="", actor=r)
    assert len(exc.value.message_dict) == 2
    assert not Review.objects.exists()


def test_review_refused_once_conflict_appears(program, operator):
    r = reviewer()
    (app, _other), _stage = _assign(program, operator, reviewers=[r])
    add_membership(user=r, organization=app.organization)
    assignment = ReviewAssignment.objects.get(application=app, reviewer=r)
    with pytest.raises(PermissionDenied):
        submit_review(assignment, scores=_scores(program, 5, 5), comment="", actor=r)
    assert not Review.objects.exists()


def test_ranking_normalises_per_reviewer_and_flags_disagreement(program, operator):
    harsh, lenient = reviewer(), reviewer()
    (a, b, c), stage = _assign(program, operator, n_apps=3, reviewers=[harsh, lenient])
    marks = {  # harsh reviewer scores low, lenient high; they disagree on c
        (harsh, a): (3, 3),
        (harsh, b): (2, 2),
        (harsh, c): (1, 1),
        (lenient, a): (5, 5),
        (lenient, b): (4, 4),
        (lenient, c): (5, 1),
    }
    for (user, app), (tech, biz) in marks.items():
        assignment = ReviewAssignment.objects.get(application=app, reviewer=user)
        submit_review(assignment, scores=_scores(program, tech, biz), comment="", actor=user)
    rows = rank_applications(stage)
    assert [row.application for row in rows] == [a, b, c]
    by_app = {row.application: row for row in rows}
    assert sorted(by_app[a].totals) == [50.0, 100.0] and by_app[a].mean == 75.0
    assert by_app[c].spread == 37.5 and by_app[c].disagreement is True
    assert by_app[b].disagreement is True  # 25 vs 75: spread 25 > 20
    assert by_app[a].normalised == 1.3194  # mean of z-scores 1.2247 and 1.4142
    z = reviewer_z_scores(list(Review.objects.select_related("assignment")))
    assert sorted(round(v, 4) for v in z.values()) == [-1.2247, -0.7071, -0.7071, 0.0, 1.2247, 1.4142]
