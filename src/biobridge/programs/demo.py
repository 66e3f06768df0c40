"""Demo: the Seoul–BMS open-innovation challenge of article 004, run end to end (idempotent).

Startups under 10 years old in Seoul, in oncology, hematology or immunology; document review,
then a pitch review; two winners with a 40,000,000 KRW grant each, residency at Seoul Bio Hub
and 1:1 coaching by BMS experts; 49 applicants as in the 2023 edition. The 48 other applicants
are synthetic and marked "(데모)". Decision e-mails are not sent while the demo loads.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from biobridge.accounts.models import User
from biobridge.accounts.services import (
    add_membership,
    create_user_with_known_password,
    grant_platform_role,
)
from biobridge.directory.demo import DEMO_PASSWORD
from biobridge.directory.selectors import find_organization
from biobridge.directory.services import OrganizationData, create_organization
from biobridge.programs.demo_data import (
    AREAS,
    BMS_MENTOR_2,
    MODALITIES,
    NEEDS,
    PREFIXES,
    REVIEWERS,
    SUFFIXES,
)
from biobridge.programs.enums import ApplicationState, FieldKind, SlotKind, StageKind
from biobridge.programs.models import Application, Program, ReviewAssignment
from biobridge.programs.selectors import rank_applications
from biobridge.programs.services import applications as apply
from biobridge.programs.services.assigning import run_assignment
from biobridge.programs.services.coaching import (
    SlotData,
    add_milestone,
    book_slot,
    match_mentor,
    publish_slot,
)
from biobridge.programs.services.programs import (
    ProgramData,
    add_criterion,
    add_form_field,
    add_stage,
    create_program,
)
from biobridge.programs.services.reviewing import declare_conflict, submit_review, update_expert_profile
from biobridge.programs.services.selection import (
    advance_applications,
    decline_application,
    select_application,
)

TITLE_KO = "서울-BMS 제약바이오 혁신기업 챌린지 2023 (데모)"
SEOUL = ZoneInfo("Asia/Seoul")
GRANT = 40_000_000


def _pdf(title: str) -> SimpleUploadedFile:
    body = f"%PDF-1.4\n% {title}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".encode()
    return SimpleUploadedFile("pitch-deck.pdf", body, content_type="application/pdf")


def _noise(*parts: object) -> float:
    """A deterministic number in [0, 1) from the parts, so every demo run scores alike."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32


def demo_lines() -> list[str]:
    if Program.objects.filter(title_ko=TITLE_KO).exists():
        program = Program.objects.get(title_ko=TITLE_KO)
        return [f"program '{TITLE_KO}' already there ({program.applications.count()} applications)"]
    # Decisions mail every applicant; the demo's synthetic addresses get nothing.
    with (
        override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"),
        transaction.atomic(),
    ):
        return build_demo()


def build_demo() -> list[str]:
    operator = User.objects.get(email="operator@biobridge.demo")
    reviewers = _reviewers()
    now = timezone.now()
    program = _program(
        TITLE_KO,
        "Seoul–BMS Pharma-Bio Innovation Challenge 2023 (demo)",
        now - timedelta(days=30),
        now + timedelta(days=1),
        (date(2023, 3, 20), date(2023, 4, 21)),
    )
    apps = _applications(program)
    declare_conflict(reviewers[3], organization=apps[5].organization, kind="invested")
    advance_applications(program, [a.pk for a in apps], actor=operator)
    review = program.stages.get(kind=StageKind.REVIEW)
    first = run_assignment(program, stage=review, actor=operator)
    _score(review)
    shortlist = [row.application for row in rank_applications(review)[:10]]
    advance_applications(program, [a.pk for a in shortlist], actor=operator)
    pitch = program.stages.get(kind=StageKind.PITCH)
    second = run_assignment(program, stage=pitch, actor=operator)
    _score(pitch)
    winners = [row.application for row in rank_applications(pitch)[:2]]
    for app in winners:
        select_application(app, amount=GRANT, actor=operator)
    for app in program.applications.filter(state=ApplicationState.SUBMITTED):
        decline_application(app, actor=operator)
    sessions = _coaching(program, winners, operator)
    _close_call(program)
    next_call = _next_call()
    return [
        f"program '{TITLE_KO}': {len(apps)} applications, {len(reviewers)} reviewers",
        f"document review: {first.created} assignments "
        f"(affinity {first.total_affinity:.2f}, short {len(first.short)}); "
        f"pitch: {second.created} assignments for the top 10",
        "selected: " + ", ".join(a.organization.display_name for a in winners) + f" ({GRANT:,} KRW each)",
        f"coaching: {sessions} sessions booked; BMS partnering office hours open at Seoul Bio Hub",
        f"open call for applications: /ko/programs/{next_call.pk}/ (deadline in 30 days)",
    ]


def _user(email: str, name: str, language: str) -> User:
    user = User.objects.filter(email=email).first()
    return user or create_user_with_known_password(
        email, DEMO_PASSWORD, name=name, preferred_language=language
    )


def _reviewers() -> list[User]:
    out = []
    for email, name, expertise, language in REVIEWERS:
        user = _user(email, name, language)
        grant_platform_role(user, "reviewer")
        update_expert_profile(user, expertise=expertise, capacity=20)
        out.append(user)
    return out


def _program(
    title_ko: str, title_en: str, opens_at: datetime, deadline: datetime, calendar: tuple[date, date]
) -> Program:
    """A Seoul–BMS style call; `calendar` (opening and deadline days) dates the stages."""
    hosts = [
        find_organization(n) for n in ("서울특별시", "한국BMS제약", "한국보건산업진흥원", "서울바이오허브")
    ]
    program = create_program(
        data=ProgramData(
            title_ko=title_ko,
            title_en=title_en,
            description_ko=(
                "서울시·BMS·한국보건산업진흥원 공동 오픈이노베이션 챌린지. "
                "서울 소재 창업 10년 미만 기업 중 종양·혈액·면역질환 분야 유망기술 보유 기업을 "
                "서류심사와 발표심사로 선발하여 기업당 연구지원금 "
                "4,000만 원, 서울바이오허브 입주, BMS 전문가 1:1 코칭을 제공한다."
            ),
            description_en=(
                "Open-innovation challenge of Seoul, BMS and KHIDI for Seoul startups under 10 years old in "
                "oncology, hematology and immunology: document review, then pitch review; each winner gets a "
                "40,000,000 KRW research grant, residency at Seoul Bio Hub and 1:1 coaching by BMS experts."
            ),
            opens_at=opens_at,
            deadline=deadline,
            budget=2 * GRANT,
            blind_review=True,
            reviews_per_application=3,
            reviewer_capacity=20,
            eligible_org_types=["startup"],
            eligible_regions=["seoul"],
            max_company_age=10,
            eligible_terms=["oncology", "hematology", "immunology"],
            host_ids=[h.pk for h in hosts if h],
        )
    )
    _stages(program, *calendar)
    _form(program)
    for ko, en, weight in (
        ("기술 혁신성", "Innovation", 3),
        ("사업화 가능성", "Commercial potential", 2),
        ("BMS 파이프라인 적합성", "Fit with BMS pipeline", 2),
        ("팀 역량", "Team", 1),
    ):
        add_criterion(program, name_ko=ko, name_en=en, weight=weight, min_score=1, max_score=5)
    return program


def _stages(program: Program, opens: date, deadline: date) -> None:
    """Stages dated like the 2023 call: review 3 weeks after the deadline, pitch a month after."""
    day = timedelta(days=1)
    for kind, ko, en, start, end in (
        (StageKind.DOCUMENTS, "서류 접수·요건 검토", "Document screening", opens, deadline),
        (
            StageKind.REVIEW,
            "서류 심사 (전문가)",
            "Expert document review",
            deadline + 3 * day,
            deadline + 21 * day,
        ),
        (StageKind.PITCH, "발표 심사", "Pitch review", deadline + 31 * day, deadline + 35 * day),
        (StageKind.SELECTED, "최종 선정", "Selected", deadline + 42 * day, deadline + 250 * day),
    ):
        add_stage(program, kind=kind, name_ko=ko, name_en=en, starts_on=start, ends_on=end)


def _form(program: Program) -> None:
    add_form_field(
        program,
        key="summary",
        kind=FieldKind.LONG_TEXT,
        label_ko="핵심 기술 요약",
        label_en="Technology summary",
        required=True,
    )
    add_form_field(
        program,
        key="pipeline",
        kind=FieldKind.TEXT,
        label_ko="대표 파이프라인",
        label_en="Lead pipeline asset",
        required=True,
    )
    add_form_field(
        program, key="employees", kind=FieldKind.NUMBER, label_ko="임직원 수", label_en="Employees"
    )
    add_form_field(
        program,
        key="phase",
        kind=FieldKind.CHOICE,
        label_ko="개발 단계",
        label_en="Development stage",
        required=True,
        choices=[
            {"value": "discovery", "ko": "후보 발굴", "en": "Discovery"},
            {"value": "preclinical", "ko": "전임상", "en": "Preclinical"},
            {"value": "phase1", "ko": "임상 1상", "en": "Phase 1"},
        ],
    )
    add_form_field(
        program,
        key="deck",
        kind=FieldKind.FILE,
        label_ko="사업계획서 (PDF/PPTX)",
        label_en="Business plan (PDF/PPTX)",
        required=True,
    )


def _startups() -> list[tuple[object, User]]:
    out = []
    onco = find_organization("온코브릿지 (데모)")
    out.append((onco, User.objects.get(email="startup@biobridge.demo")))
    for i, ((pko, pen), (sko, sen)) in enumerate((p, s) for p in PREFIXES for s in SUFFIXES):
        name_ko, name_en = f"{pko}{sko} (데모)", f"{pen}{sen} (demo)"
        org = find_organization(name_ko) or create_organization(
            data=OrganizationData(
                name_ko=name_ko,
                name_en=name_en,
                org_type="startup",
                region="seoul",
                cluster="홍릉" if i % 3 == 0 else "",
                founded_year=2017 + i % 7,
                size="micro",
                description_ko=f"가상 데모 기업. {pko} 계열 후보물질을 개발한다.",
                description_en=f"Fictional demo startup developing {pen.lower()} candidates.",
                offering=[AREAS[i % len(AREAS)], MODALITIES[i % len(MODALITIES)]],
                seeking=[NEEDS[i % len(NEEDS)], "licensing_partner"]
                if i % len(NEEDS)
                else ["licensing_partner"],
            )
        )
        founder = _user(f"founder{i + 1:02d}@startups.demo", f"대표 {i + 1:02d} (데모)", "ko")
        add_membership(user=founder, organization=org, role="owner")
        out.append((org, founder))
    return out


def _applications(program: Program) -> list[Application]:
    apps = []
    for i, (org, founder) in enumerate(_startups()):
        app = apply.create_application(program, organization=org, actor=founder)
        answers = {
            "summary": f"{org.display_name}: {org.description}",
            "pipeline": f"DEMO-{100 + i}",
            "employees": str(3 + i % 17),
            "phase": ["discovery", "preclinical", "phase1"][i % 3],
        }
        apply.save_application(app, answers=answers, files={"deck": _pdf(org.name_en)}, actor=founder)
        apps.append(apply.submit_application(app, actor=founder))
    return apps


def _score(stage) -> None:
    """Scores = the application's quality + the reviewer's harshness + noise (OncoBridge is strong)."""
    criteria = list(stage.program.criteria.all())
    for assignment in ReviewAssignment.objects.filter(stage=stage).select_related(
        "application__organization", "reviewer"
    ):
        org = assignment.application.organization
        quality = 1.0 if org.name_ko == "온코브릿지 (데모)" else 0.85 * _noise("quality", org.name_ko)
        harshness = _noise("harsh", assignment.reviewer.email) - 0.5
        scores = {}
        for c in criteria:
            raw = (
                1
                + 4 * quality
                - harshness
                + (_noise(stage.kind, org.name_ko, assignment.reviewer.email, c.position) - 0.5)
            )
            scores[c.pk] = max(c.min_score, min(c.max_score, round(raw)))
        submit_review(assignment, scores=scores, comment="데모 심사 의견", actor=assignment.reviewer)


def _coaching(program: Program, winners: list[Application], operator: User) -> int:
    bms = find_organization("한국BMS제약")
    mentor = User.objects.get(email="mentor@bms.demo")
    grant_platform_role(mentor, "mentor")
    update_expert_profile(mentor, expertise=REVIEWERS[1][2], capacity=20)
    email, name, expertise = BMS_MENTOR_2
    mentor2 = _user(email, name, "ko")
    add_membership(user=mentor2, organization=bms, role="member")
    grant_platform_role(mentor2, "mentor")
    update_expert_profile(mentor2, expertise=expertise)
    for app in winners:
        match_mentor(app, mentor=mentor, actor=operator, reason="BMS 오픈이노베이션팀")
    match_mentor(winners[1], mentor=mentor2, actor=operator, reason="임상개발 자문")
    base = timezone.localtime(timezone.now(), SEOUL).replace(
        hour=10, minute=0, second=0, microsecond=0
    ) + timedelta(days=2)
    slots = []
    for day in range(4):
        for host in (mentor, mentor2):
            start = base + timedelta(days=day, hours=4 if host == mentor2 else 0)
            slots.append(
                publish_slot(
                    host=host,
                    data=SlotData(
                        kind=SlotKind.COACHING,
                        starts_at=start,
                        ends_at=start + timedelta(hours=1),
                        program=program,
                        location="서울바이오허브 BMS 파트너링 오피스",
                    ),
                )
            )
    for day in range(6):
        start = base + timedelta(days=day, hours=5)
        publish_slot(
            host=mentor,
            data=SlotData(
                kind=SlotKind.OFFICE_HOURS,
                starts_at=start,
                ends_at=start + timedelta(minutes=45),
                host_organization=bms,
                location="서울바이오허브 글로벌협력동 BMS 파트너링 오피스",
            ),
        )
    topics = ["라이선싱 전략과 BMS 파이프라인 적합성", "임상 1상 설계 자문"]
    for app, slot, topic in zip(winners, slots[:2], topics, strict=True):
        owner = app.organization.memberships.filter(role="owner").first().user
        book_slot(slot, organization=app.organization, actor=owner, topic=topic)
    for app in winners:
        add_milestone(
            app,
            title_ko="전임상 효력 데이터 확보",
            title_en="Preclinical efficacy data",
            due_on=date.today() + timedelta(days=90),
            actor=operator,
        )
        add_milestone(
            app,
            title_ko="BMS 기술 검토 미팅",
            title_en="BMS technical review meeting",
            due_on=date.today() + timedelta(days=180),
            actor=operator,
        )
    return 2


def _close_call(program: Program) -> None:
    """The 2023 call is over: set its real dates now that the demo has run through it."""
    Program.objects.filter(pk=program.pk).update(
        opens_at=datetime(2023, 3, 20, 9, 0, tzinfo=SEOUL),
        deadline=datetime(2023, 4, 21, 18, 0, tzinfo=SEOUL),
    )


def _next_call() -> Program:
    """This year's call, open now, so people can try applying (no applications yet)."""
    now = timezone.now()
    opens, deadline = now - timedelta(days=7), now + timedelta(days=30)
    return _program(
        f"서울-BMS 제약바이오 혁신기업 챌린지 {deadline.year} (데모)",
        f"Seoul–BMS Pharma-Bio Innovation Challenge {deadline.year} (demo)",
        opens,
        deadline,
        (timezone.localdate(opens), timezone.localdate(deadline)),
    )
