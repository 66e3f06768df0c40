"""Synthetic bilingual directory with planted true partners, for `biobridge match bench`.

`generate(n, seed)` returns `n` profiles and, for some of them (the *queries*), the ids of
their planted partners. Deterministic for a given seed.

How it avoids leaking the answer through shared words:
* a planted pair relates through *complementary* needs and offers (seeks a licensing
  partner ↔ in-licenses; seeks a CDMO ↔ manufactures; seeks a localised single-use bag
  supplier ↔ makes bags at home), not through the same phrase;
* the shared subject (modality, disease area, 소부장 item) is written with a *different*
  surface form on each side — another synonym, the parent or a child term ("AML" ↔
  "혈액암"), and in half of the pairs the other language;
* both sides draw company names and boilerplate from the same pools as everybody else,
  and about a third of profiles carry tags, the rest text only;
* the rest of the directory is made of the same archetypes with random subjects, so
  every query has competitors (same subject, same need) and look-alikes.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from biobridge.directory.taxonomy_data import Taxonomy, load_taxonomy
from biobridge.matching.engine.profile import Profile

_HANGUL = re.compile(r"[\uac00-\ud7a3]")

FILLER = {
    "ko": [
        "혁신적인 기술로 환자 삶의 질 향상에 기여합니다.",
        "판교와 송도에 연구소를 두고 있습니다.",
        "전문 인력 30여 명이 근무하고 있습니다.",
        "다양한 국책과제 수행 경험을 보유하고 있습니다.",
        "2018년에 설립되었습니다.",
        "품질경영 시스템을 운영하고 있습니다.",
        "세계 시장을 목표로 성장하고 있습니다.",
        "고객 중심의 서비스를 제공합니다.",
    ],
    "en": [
        "We are committed to improving patients' lives through science.",
        "Headquartered in Boston with a team of 40.",
        "Founded in 2016 by industry veterans.",
        "Our experienced team has a strong track of execution.",
        "We operate under a certified quality management system.",
        "Growing fast across Asia, Europe and North America.",
        "Customer focus is at the heart of what we do.",
        "Backed by leading institutions.",
    ],
}
NAMES = {
    "ko": (
        ["한빛", "푸른", "새한", "미래", "대한", "서울", "송도", "오송", "제일", "동방", "하나", "누리"],
        ["바이오", "바이오텍", "제약", "바이오로직스", "테라퓨틱스", "메디칼", "사이언스", "랩스"],
    ),
    "en": (
        ["Nova", "Apex", "Helix", "Blue", "Crest", "Vita", "Orion", "Zen", "Atlas", "Lumen", "Astra", "Cyto"],
        ["gen", "bio", " Therapeutics", " Pharma", " Biologics", " Sciences", " Labs", " Health"],
    ),
}
CITIES = {
    "ko": [
        "서울",
        "인천 송도",
        "성남 판교",
        "오송",
        "대전",
        "대구",
        "원주",
        "시흥",
        "전주",
        "춘천",
        "부산",
        "광주",
    ],
    "en": [
        "Boston",
        "Cambridge",
        "San Diego",
        "Basel",
        "Tokyo",
        "Shanghai",
        "Munich",
        "Seoul",
        "Singapore",
        "London",
    ],
}
COUNTRIES = ["KR"] * 6 + ["US"] * 2 + ["JP", "DE", "CN", "CH"]

# Sentence frames: {x} subjects, {n} the need / offer phrase.
FRAMES = {
    "startup_offer": {
        "ko": [
            "{x} 분야의 신약 후보물질을 개발하는 스타트업입니다.",
            "{x} 플랫폼 기술을 보유하고 있습니다.",
            "{x} 치료제를 개발 중입니다.",
        ],
        "en": [
            "A start-up developing {x} drug candidates.",
            "Our {x} platform is in preclinical development.",
            "We develop {x} programs.",
        ],
    },
    "need": {
        "ko": ["{n} 을(를) 찾고 있습니다.", "{n} 이(가) 필요합니다.", "{n} 희망"],
        "en": ["Looking for {n}.", "Seeking {n}.", "We need {n}."],
    },
    "provider_offer": {
        "ko": ["{n} 을(를) 제공합니다.", "{n} 전문 기업입니다.", "주요 사업: {n}"],
        "en": ["We provide {n}.", "Specialised in {n}.", "Core business: {n}."],
    },
    "interest": {
        "ko": ["관심 분야: {x}", "{x} 관련 기업과 협력하고자 합니다.", "{x} 분야 기업을 찾습니다."],
        "en": ["Interested in {x}.", "Focus areas: {x}.", "Looking at opportunities in {x}."],
    },
}


@dataclass
class Archetype:
    """Who the profile is: what it offers and seeks as taxonomy keys, and its subjects."""

    role: str
    offers: list[str]
    seeks: list[str]
    subjects: list[str]  # modality / therapeutic area / 소부장 keys the profile is about
    subject_in: str  # "offer" or "seek": where the subjects are written
    kind: str
    extra: str | None = None  # a second specific need / offer shared by planted partners


@dataclass
class SyntheticDirectory:
    profiles: list[Profile]
    truth: dict[str, set[str]] = field(default_factory=dict)


class _Writer:
    def __init__(self, taxonomy: Taxonomy, rng: random.Random) -> None:
        self.tax, self.rng = taxonomy, rng
        self.forms: dict[str, dict[str, list[str]]] = {}
        for term in taxonomy.terms.values():
            labels = [term.ko, term.en, *term.synonyms]
            ko = [x for x in labels if _HANGUL.search(x)]
            en = [x for x in labels if not _HANGUL.search(x)]
            self.forms[term.key] = {"ko": ko or en, "en": en or ko}

    def form(self, key: str, lang: str, avoid: set[str] | None = None) -> str:
        options = self.forms[key][lang]
        fresh = [x for x in options if x.casefold() not in (avoid or set())]
        return self.rng.choice(fresh or options)

    def sentence(self, frame: str, lang: str, **kw: str) -> str:
        return self.rng.choice(FRAMES[frame][lang]).format(**kw)

    def name(self, lang: str) -> str:
        first, second = NAMES[lang]
        return self.rng.choice(first) + self.rng.choice(second)

    def filler(self, lang: str, name: str) -> str:
        # one company-specific sentence, so descriptions are not verbatim boilerplate
        city = self.rng.choice(CITIES[lang])
        year = self.rng.randint(1990, 2024)
        own = (
            f"{name}은(는) {city}에 있으며 {year}년에 설립되었습니다."
            if lang == "ko"
            else f"{name} is based in {city} and was founded in {year}."
        )
        return " ".join([own, *self.rng.sample(FILLER[lang], 2)])


def _pools(tax: Taxonomy) -> dict[str, list[str]]:
    by_cat: dict[str, list[str]] = {}
    for term in tax.terms.values():
        by_cat.setdefault(term.category, []).append(term.key)
    return {k: sorted(v) for k, v in by_cat.items()}


CDMO_FOR = {
    "mrna": "mrna_production",
    "cell_therapy": "cell_therapy_manufacturing",
    "car_t": "cell_therapy_manufacturing",
    "gene_therapy": "viral_vector_manufacturing",
    "viral_vector": "viral_vector_manufacturing",
}


CDMO_SERVICES = [
    "fill_finish",
    "process_development",
    "cell_line_development",
    "analytical_services",
    "regulatory_affairs",
    "gmp_consulting",
]


def _archetype(
    kind: str,
    rng: random.Random,
    pools: dict[str, list[str]],
    subject: list[str] | None = None,
    extra: str | None = None,
) -> Archetype:
    """One profile's roles. Every archetype is about two subjects (or one subject and one
    extra service), so a planted partner is distinguishable from the crowd in principle."""
    mod, area = rng.choice(pools["modality"]), rng.choice(pools["therapeutic_area"])
    items = rng.sample(pools["sobujang"], 2)
    service = extra or rng.choice(CDMO_SERVICES)
    if kind == "startup_licensing":
        return Archetype(kind, [], ["licensing_partner"], subject or [mod, area], "offer", kind)
    if kind == "pharma":
        bd = rng.choice(["in_licensing", "business_development", "technology_sourcing"])
        return Archetype(kind, [bd], [], subject or [mod, area], "seek", kind)
    if kind == "startup_investment":
        return Archetype(kind, [], ["investment"], subject or [mod, area], "offer", kind)
    if kind == "investor":
        return Archetype(
            kind, ["venture_investment"], ["investment_opportunity"], subject or [mod, area], "seek", kind
        )
    if kind == "biotech_cdmo":
        return Archetype(kind, [], ["cdmo_partner", service], subject or [mod], "offer", kind, service)
    if kind == "cdmo":
        subj = subject or [mod]
        offers = [CDMO_FOR.get(subj[0], "cdmo_manufacturing"), service]
        return Archetype(kind, offers, ["demand_customer"], subj, "offer", kind, service)
    if kind == "manufacturer":
        return Archetype(
            kind, ["cdmo_manufacturing"], ["supplier_localisation"], subject or items, "seek", kind
        )
    if kind == "supplier":
        return Archetype(kind, [], ["demand_customer"], subject or items, "offer", kind)
    if kind == "startup_clinical":
        return Archetype(kind, [], ["clinical_partner"], subject or [mod, area], "offer", kind)
    if kind == "hospital":
        return Archetype(
            kind, ["clinical_trial_site"], ["research_collaboration"], subject or [mod, area], "offer", kind
        )
    raise ValueError(kind)


# what the directory would record as organisation type (archetype names are internal)
ORG_TYPE = {
    "startup_licensing": "startup",
    "startup_investment": "startup",
    "startup_clinical": "startup",
    "biotech_cdmo": "biotech",
    "pharma": "big_pharma",
    "investor": "investor",
    "cdmo": "cdmo",
    "manufacturer": "manufacturer",
    "supplier": "supplier",
    "hospital": "hospital",
}

# query kind -> partner kind
PAIRS = {
    "startup_licensing": "pharma",
    "startup_investment": "investor",
    "biotech_cdmo": "cdmo",
    "manufacturer": "supplier",
    "startup_clinical": "hospital",
}
KINDS = [*PAIRS, *PAIRS.values()]


def _vary(tax: Taxonomy, key: str, rng: random.Random) -> str:
    """The same subject seen from the other side: itself, its parent or a child."""
    options = [key]
    parent = tax.terms[key].parent
    if parent:
        options.append(parent)
    options += tax.children(key)[:3]
    return rng.choice(options)


def _write(
    w: _Writer, pid: str, arch: Archetype, lang: str, country: str, *, tagged: bool, avoid: set[str]
) -> Profile:
    rng = w.rng
    other = "en" if lang == "ko" else "ko"
    seek_lang = other if rng.random() < 0.15 else lang  # some mixed-language profiles
    subj = ", ".join(w.form(k, lang, avoid) for k in arch.subjects)
    offer_parts: list[str] = []
    seek_parts: list[str] = []
    if arch.offers:
        offer_parts.append(
            w.sentence("provider_offer", lang, n=", ".join(w.form(k, lang, avoid) for k in arch.offers))
        )
    if arch.subject_in == "offer":
        frame = "startup_offer" if arch.kind.startswith(("startup", "biotech")) else "provider_offer"
        offer_parts.append(w.sentence(frame, lang, x=subj, n=subj))
    else:
        seek_parts.append(
            w.sentence("interest", seek_lang, x=", ".join(w.form(k, seek_lang, avoid) for k in arch.subjects))
        )
    for need in arch.seeks:
        seek_parts.append(w.sentence("need", seek_lang, n=w.form(need, seek_lang, avoid)))
    name = w.name(lang)
    profile = Profile(
        id=pid,
        name=name,
        type=ORG_TYPE[arch.kind],
        country=country,
        offering_text=" ".join(offer_parts),
        seeking_text=" ".join(seek_parts),
        description=w.filler(lang, name),
    )
    if tagged:
        tag_lang = rng.choice(["ko", "en"])
        off = arch.offers + (arch.subjects if arch.subject_in == "offer" else [])
        profile.tags_offering = [w.form(k, tag_lang) for k in off]
        profile.tags_seeking = [w.form(k, tag_lang) for k in arch.seeks]
    return profile


def _used_forms(p: Profile) -> set[str]:
    text = f"{p.offering_text} {p.seeking_text}".casefold()
    return {tok for tok in re.split(r"[\s,.:()]+", text) if tok}


def generate(n: int = 50_000, seed: int = 7, *, planted_share: float = 0.1) -> SyntheticDirectory:
    """`n` profiles; about `planted_share`·n/2 of them are queries with 1–2 planted partners."""
    rng = random.Random(seed)
    tax = load_taxonomy()
    pools = _pools(tax)
    w = _Writer(tax, rng)
    profiles: list[Profile] = []
    truth: dict[str, set[str]] = {}
    n_queries = max(1, int(n * planted_share / 2.5))
    while len(profiles) < n:
        pid = f"p{len(profiles):06d}"
        lang = rng.choice(["ko", "en"])
        if len(truth) < n_queries:
            qkind = rng.choice(list(PAIRS))
            q_arch = _archetype(qkind, rng, pools)
            country = "KR" if qkind == "manufacturer" else rng.choice(COUNTRIES)
            query = _write(w, pid, q_arch, lang, country, tagged=rng.random() < 0.3, avoid=set())
            profiles.append(query)
            truth[pid] = set()
            for _ in range(rng.choice([1, 1, 2])):
                subject = [_vary(tax, k, rng) for k in q_arch.subjects]
                p_arch = _archetype(PAIRS[qkind], rng, pools, subject, q_arch.extra)
                p_lang = lang if rng.random() < 0.5 else ("en" if lang == "ko" else "ko")
                p_country = country if qkind == "manufacturer" else rng.choice(COUNTRIES)
                ppid = f"p{len(profiles):06d}"
                profiles.append(
                    _write(
                        w,
                        ppid,
                        p_arch,
                        p_lang,
                        p_country,
                        tagged=rng.random() < 0.3,
                        avoid=_used_forms(query),
                    )
                )
                truth[pid].add(ppid)
            continue
        kind = rng.choice(KINDS)
        country = rng.choice(COUNTRIES)
        profiles.append(
            _write(
                w, pid, _archetype(kind, rng, pools), lang, country, tagged=rng.random() < 0.3, avoid=set()
            )
        )
    profiles = profiles[:n]
    # Renumber in random order: planted pairs must not sit next to each other (ties are
    # broken by id) nor at the front of the list.
    new_ids = [f"org{i:06d}" for i in range(len(profiles))]
    rng.shuffle(new_ids)
    rename = {p.id: new for p, new in zip(profiles, new_ids, strict=True)}
    for p in profiles:
        p.id = rename[p.id]
    truth = {
        rename[q]: {rename[p] for p in parts if p in rename} for q, parts in truth.items() if q in rename
    }
    return SyntheticDirectory(profiles=profiles, truth={q: s for q, s in truth.items() if s})
