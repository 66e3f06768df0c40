"""The relations one sentence states: its clauses' triggers and the parties each takes."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from biobridge.intel.extract import orgrules as R
from biobridge.intel.extract.amounts import find_amounts
from biobridge.intel.extract.dates import sentence_dates
from biobridge.intel.extract.relations.anaphora import (
    _ANAPHOR,
    _COMPANY_ANAPHOR,
    _GOVERNMENT_SUBJECT,
    _GROUP_ANAPHOR,
    _THIS_COMPANY,
    _anaphoric_government,
    _anaphors,
    _State,
    _track_delegation,
    _track_government,
)
from biobridge.intel.extract.relations.kinds import (
    _COMPANY_TYPES,
    _FUNDERS,
    _PAIR_TYPES,
    _PUBLIC,
    _SMALL_COMPANIES,
    _investor_name,
    _region,
)
from biobridge.intel.extract.relations.merging import _REFER_BACK, _ROUND_NAME, parties_between
from biobridge.intel.extract.relations.parties import _is_location, _is_party, _subject, _without_units
from biobridge.intel.extract.relations.patterns import _QUOTE, _RAISED, _THIS_DAY, _UNNAMED_PARTNER, _lead
from biobridge.intel.extract.relations.relation import Relation, _stated, deal_dates
from biobridge.intel.extract.relations.triggers import (
    _ATTEND,
    _EVENT_WORD,
    _MET_AT,
    TRIGGERS_BY_KIND,
    _clause_of,
    _clauses,
    _event_role,
    _triggers,
)
from biobridge.intel.extract.text import Sentence

_PER_CLAUSE = {"selection", "partnership", "contract", "mou"}  # one per clause when two clauses state one
_CONTENT_OF = re.compile(
    # '3개 기관은 협약에 따라 △공동 세미나 개최 등에 협력하기로 했다': what the agreement holds
    r"^([^.\s]{1,6}\s*[^.\s]{0,6}(은|는)\s+)?(이번\s*)?(협약|계약|MOU)(을\s*통해|에\s*따라|으로)|"
    r"^Under the (agreement|deal|contract)",
    re.I,
)
_HANGUL = re.compile(r"[가-힣]")
_ON_STAGE = re.compile(r"(무대|연단)에\s*(올라|올랐|섰|서서)")
_TOPIC_ANAPHOR = re.compile(r"(회사는|이\s회사는|동사는)\s")
_BENEFIT = re.compile(r"(지원|제공|혜택을)\s*받(는다|게|으며|고|을)|입주해|입주하게")
_COUNTED_SUBJECT = re.compile(r"(?<![가-힣\d])\d+개\s*(기업|사|기관|업체|곳)(은|는|이|가)\s")
# not '협약식에 앞서 … 포럼이 열렸다': the signing only tells when the occasion was
_CEREMONY_TOLD = re.compile(
    r"(이날\s*|이번\s*)?(업무\s*)?(협약|계약|체결|서명|조인)식(은|이|에는|에)\s(?!앞서|앞선|이어)"
)
_UNNAMED_SUBJECT = re.compile(r"[가-힣A-Za-z]{2,}(?<!에서)(?<!에)(?<!로)(은|는)\s")  # not '국내에서는
_ROUND_RAISED = re.compile(
    r"(시드|시리즈\s*[A-F]|프리\s*(IPO|[A-C]))\s*(투자|라운드)?(를|을)?\s*[^.]{0,20}?유치"
)
_LARGE = {"big_pharma", "large_company", "cdmo"}
_IT_RAISED = re.compile(r"(It|The company)\s+(has\s+|had\s+)?(also\s+)?raised\b")
_ROUND_TOPIC = re.compile(
    r"^(\d{4}년\s*)?([\d,.]+\s*억\s*원?\s*규모의\s*)?(시드|시리즈\s*[A-F]|프리\s*(IPO|[A-C]))\s*(투자|라운드)?"
    r"(는|은|에는)\s|"
    r"^(당시\s*)?(전환사채|CB|신주인수권부사채|BW|교환사채)(는|은)\s"  # '당시 CB는 A와 B가 절반씩 인수했다'
)
_RECEIVED = re.compile(
    r"유치|(으로|로)부터|받았|받은|\braised\b|"
    # '2023년 7월에는 220억원 규모의 시리즈B를 마무리했다': a round closed is a round received
    r"(시드|시리즈\s*[A-F]|프리\s*(IPO|[A-C]))\s*(투자|라운드)?(를|을)\s*(마무리|마쳤|완료|클로징)"
)
_OCCASION_DAY = re.compile(r"(데모데이|행사|포럼|설명회|박람회|전시회|콘퍼런스|컨퍼런스|대회|개막)\s*당일")
_CHOSE_TITLE = re.compile(r"(이|가)\s*[^.]{0,20}?(선정|지정)한\s*(['‘\"“]|\d+\s*(개사|곳|개\s*기업))")
_RUNS_PROGRAMME = re.compile(r"(이|가)\s*(공동\s*)?(추진|운영|시행|주관)하는\s[^.]{0,60}?(사업|프로그램)")
_THIS_PROGRAMME = re.compile(r"(?<![가-힣])(이|해당|같은)\s*(사업|프로그램)(의|에|에서)\s")
_MADE_WITH = re.compile(r"(과|와)\s*(맺은|체결한)\s[^.]{0,30}?(투자\s*)?협약")
_SELECTED_PASSIVE = re.compile(r"선정(됐|되었|돼|되어|되기도|되며|되면서)|지정(됐|되었|돼|받)")
_PRODUCT_OPENING = re.compile(rf"(The candidate|{R.PRODUCT_CODE.pattern})\s")
_RUNS_CLAUSE = re.compile(r"(이|가)\s*(주관|추진|시행|공모)하고\s*,?\s*$")
# '…사업에 최종 선정돼', '…사업에 각각 공급기업과 수요기업으로 나란히 선정된'
# '…사업의 주관기관으로 최종 선정됐다' too
_PROGRAMME_CHOSEN = re.compile(r"(사업|프로그램|공모|과제)['’\"”]?(에|에서|의)\s[^.,]{0,25}?(선정|뽑)")
_GP_CHOSEN = re.compile(r"(위탁\s*)?운용사(\([^)]*\))?로\s*(최종\s*)?선정")
_LED_CLAUSE = re.compile(r"(이|가)\s*(주도|리드)(하고|했고|하며)\s*,?\s*$")
_FOCUS = re.compile(
    r"(주목\s*받은|주목을\s*받은|눈길을\s*끈|관심을\s*(모은|끈)|화제가\s*된)\s*(곳|기업|회사|스타트업)은\s+"
    r"\S+?(이었다|였다|이다|다)\.?\s*$|"
    # '가장 눈에 띄는 성과는 … 개발하는 네오펩티드랩에서 나왔다. 회사는 …'
    r"(눈에\s*띄는|주목할\s*만한|가장\s*큰)\s*(성과|결실)(는|은)\s[^.]*(에서|으로부터)\s*나왔다\.?\s*$"
)
_JOINED_ROUND = re.compile(r"(참여|합류)(했|하며|하고|했고|했으며|한다)")
_ALSO_SUBJECT = re.compile(r"\S+\s+역시\s")
# '시냅티카는 투자 시장에서도 주목받고 있다. 회사는 …': the firm in the spotlight is the one meant next
_SPOTLIT = re.compile(r"(주목\s*받고|주목을\s*받고|관심을\s*모으고)\s*있다\.?\s*$")
_THING_TOPIC = re.compile(
    r"^(?:\S+\s){0,3}?\S*(소재|제품|필름|플랫폼|장비|후보물질|부품|원료|키트|배지|필터|치료제|신약)(은|는)\s"
)
_THIS_PROJECT = re.compile(r"(이|해당|이번)\s*(과제|연구|프로젝트|공동\s*연구)(는|은)\s")
_CODE_SUBJECT = re.compile(rf"^['‘\"“]?({R.PRODUCT_CODE.pattern})['’\"”]?(은|는|이|가)\s")
_DEVELOPED = re.compile(r"(이|가)\s[^.]{0,60}?(도출|개발|발굴|설계)(했|한|해|하)")


def _code_owner(body: str, before: int, code: str, mentions, types) -> str | None:  # type: ignore[no-untyped-def]
    """'QRN-301은 … 큐로니아바이오가 화학연과 공동연구를 통해 도출했다': the company an earlier sentence
    says developed the product code."""
    for m in re.finditer(re.escape(code), body[:before]):
        start = max(body.rfind("\n", 0, m.start()), body.rfind("다. ", 0, m.start())) + 1
        end = min(
            (i for i in (body.find("다.", m.end()), body.find("\n", m.end())) if i >= 0), default=before
        )
        for a, b, name in mentions:
            if start <= a < end and types.get(name) in _COMPANY_TYPES and _DEVELOPED.match(body, b):
                return name
    return None


def _code_topic(body: str, before: int, code: str, mentions, topic: str | None) -> str | None:  # type: ignore[no-untyped-def]
    """'HK이노엔은 … 트라이오닉스바이오와 … TRX-305의 공동연구를': no developer told, the company the article
    is about when the sentence first naming the code names it."""
    first = body.find(code, 0, before)
    if first < 0 or topic is None:
        return None
    start = max(body.rfind("\n", 0, first), body.rfind("다. ", 0, first)) + 1
    end = min((i for i in (body.find("다.", first), body.find("\n", first)) if i >= 0), default=before)
    return topic if any(start <= a < end and name == topic for a, _b, name in mentions) else None


def _code_developer_en(body: str, before: int, code: str, mentions, types) -> str | None:  # type: ignore[no-untyped-def]
    """The company (not a big drugmaker) named nearest before `code` in the sentence first naming it."""
    first = body.find(code, 0, before)
    if first < 0:
        return None
    start = max(body.rfind(". ", 0, first), body.rfind("\n", 0, first)) + 1
    end = min((i for i in (body.find(". ", first), body.find("\n", first)) if i >= 0), default=before)
    # '… with Seoul-based Telodyne for the Korean biotech's inhibitor, TLD-101': the one named nearest
    named = [name for a, _b, name in mentions if start <= a < first] or [
        name for a, _b, name in mentions if first < a < end
    ]
    return next(
        (n for n in reversed(named) if types.get(n) in (_COMPANY_TYPES - {"big_pharma"}) | {None}), None
    )


_EN_CODE_SUBJECT = re.compile(
    rf"^({R.PRODUCT_CODE.pattern})\s+(was|were|has been)\s+(also\s+)?(selected|chosen|picked|named)\b"
)
_AWARDED_TO = re.compile(r"(에게|에)\s*돌아(갔|간다|가)")
_CO_SUBJECT = re.compile(r"(\([^)]*\))?(와|과)\s*(공동으로|함께)\s")  # 'X(원장 Y, 이하 진흥원)과 공동으로'


def _sentence_relations(
    body: str,
    sent: Sentence,
    nxt: str,
    mentions,
    published: str | None,  # type: ignore[no-untyped-def]
    state: _State,
    types: dict[str, str | None],
) -> list[Relation]:
    inside = [(a, b, name) for a, b, name in mentions if sent.start <= a < sent.end]
    stated = [d.value for d in sentence_dates(sent.text, published) if len(d.value) == 10]
    # not '데모데이 당일': the day of the event told before, not the day the article is about
    this_day = state.day if _THIS_DAY.search(_OCCASION_DAY.sub(" ", sent.text)) else None
    state.day = state.day or (stated[0] if stated else None)
    inside = sorted(inside + _anaphors(sent, mentions, state), key=lambda x: x[0])
    inside = [(a, b, name) for a, b, name in inside if _is_party(body, a, b, name)]
    # '… 김 상무는 "사노피와의 공동연구가 …"라고 말했다': names inside a quote are what someone said
    quoted = [(sent.start + m.start(), sent.start + m.end()) for m in _QUOTE.finditer(sent.text)]
    inside = [x for x in inside if not any(qa <= x[0] < qb for qa, qb in quoted)]
    inside = _without_units(body, inside)
    told_before = state.previous  # what the sentence before named
    told_by_anaphor = state.previous_anaphoric
    state.previous = list(dict.fromkeys(name for _a, _b, name in inside))
    state.previous_anaphoric = bool(_ANAPHOR.match(_lead(sent.text)))
    _track_delegation(sent, inside, state)
    previous_owners, previous_chooser = state.owners, state.chooser
    chose = _CHOSE_TITLE.search(sent.text)
    at = sent.start + chose.start() if chose else 0
    state.chooser = [n for a, _b, n in mentions if sent.start <= a < at and types.get(n) in _PUBLIC][-1:]
    if run := _RUNS_PROGRAMME.search(sent.text):
        at = sent.start + run.start()
        owners = [n for a, _b, n in mentions if sent.start <= a < at and types.get(n) in _PUBLIC]
        state.owners = list(dict.fromkeys(owners)) or state.owners
    located = {
        name
        for (_a, b, name), following in pairwise(inside)
        if _is_location(body, b, following[0], types.get(name))
    }
    inside = [x for x in inside if x[2] not in located or sum(y[2] == x[2] for y in inside) > 1]
    # '부산대 약학대학 교수가 세운 스타트업이': where the founder works describes the company
    inside = [x for x in inside if not _FOUNDERS_HOME.match(body, x[1])]
    _track_government(state, inside, types)
    if _FUND_RAISED.search(sent.text):  # 'A와 B가 공동운용하는 500억원 규모 펀드가 결성됐다': its managers
        state.fund = [name for _a, _b, name in inside if types.get(name) == "investor"] or state.fund
    elif state.fund and (m := _FUND_ANAPHOR.match(sent.text)):
        # '펀드는 딥큐어랩스의 프리A 라운드에 참여했다': the fund acts through its managers
        inside = sorted(inside + [(sent.start, sent.start + m.end(1), name) for name in state.fund])
    elif state.fund and (
        (_FUND_SPENT.search(sent.text) and not any(types.get(name) in _FUNDERS for _a, _b, name in inside))
        # '메디뉴런스에는 카카오벤처스와 함께 30억원을 공동 투자했다': the fund, beside another investor
        or (_CO_INVESTED.search(sent.text) and not _subject(body, sent, inside))
    ):
        # '(펀드의) 두 번째 투자처인 엘비아젠에는 지난달 단독으로 40억원을 투자했다': the fund invests
        inside = sorted(inside + [(sent.start, sent.start, name) for name in state.fund])
    own_subject = _subject(body, sent, inside)
    if own_subject and _TOPIC_ANAPHOR.match(sent.text):
        # '회사는 지난해 A가 주도하고 B가 참여한 시리즈A 라운드에서 45억원을 유치했다': the company the
        # sentence opens on is its subject; A leads inside a clause about the round
        first = next((b for _a, b, name in inside if name == own_subject), None)
        if first is not None and re.match(r"(\([^)]*\))?(이|가)\s", body[first : first + 30]):
            own_subject = None
    subject = own_subject or (state.subject if _ANAPHOR.match(_lead(sent.text)) else None)
    implied = None  # a company the sentence is about without naming it
    anaphor = own_subject is None and _COMPANY_ANAPHOR.match(_lead(sent.text))
    if anaphor and (state.topic or not _HANGUL.search(sent.text)):
        # '회사는 …': the company the article is about, even after a sentence about its CDMO partner;
        # English 'The company …' is the company the sentence before was about
        english = not _HANGUL.search(sent.text)
        last = state.subject if english and types.get(state.subject) in _COMPANY_TYPES else None
        named = [p for p in told_before if types.get(p) in _COMPANY_TYPES]
        if _SMALL_FIRM_WORD.match(_lead(sent.text)):
            # 'The startup has worked with …' after 'it licensed … to Yuhan': not the drugmaker
            named = [p for p in named if types.get(p) not in _LARGE]
        # ('In March, it won an order from Corriden. The company, …': still the one 'it' was)
        if english and last not in told_before and len(named) == 1 and not told_by_anaphor:
            last = named[0]  # 'Quorvia traces X to KRICT. The company, founded in 2021, …': Quorvia
        if english and last is None:
            # 'The deal is CKD Bio's first overseas acquisition. The company has been building …': the
            # company the sentence before named; after investors only, the company that raised;
            # else the company the article is about (not the big drugmaker of its last deal)
            topic = state.topic if types.get(state.topic) in _COMPANY_TYPES else None
            last = named[-1] if named else (topic or state.company)
        # '(테라폴드바이오는 …) 회사는 시리즈B 투자를 유치하며': a drugmaker the article is about raises
        # no venture round; the startup just talked about does
        if (
            _ROUND_RAISED.search(sent.text)
            and types.get(state.topic) in _LARGE
            and types.get(state.subject)
            in {
                "startup",
                "company",
            }
        ):
            last = state.subject
        if not english:  # '마지막으로 찾은 X는 … 개발하는 기업이다. 회사는 …': the company just described
            last = state.described or last
        subject = last or state.topic
        if english and last:
            implied = last  # 'Last year the company was also selected for the EIC Accelerator'
    if (
        anaphor
        and _HANGUL.search(sent.text)
        and "investor" in (types.get(subject), types.get(state.subject))
        and state.company
    ):
        # '(X는 시리즈B를 유치했다. Y가 라운드를 주도했다.) 회사는 …': the company that raised, not its VC
        subject = state.company
    if (
        own_subject is None
        and state.described
        and _COMPANY_ANAPHOR.match(_lead(sent.text))
        and not state.topic
        # 'KRICT will receive … The biotech has also worked with …': an institute is no company
        and (bool(_HANGUL.search(sent.text)) or types.get(state.described) in _COMPANY_TYPES)
    ):
        subject = state.described  # '(가장 주목받은 곳은 X였다.) 회사는 …', with no company in the headline
    investing = types.get(state.subject) == "investor" and _INVESTS_IN.search(sent.text)
    if own_subject is None and investing and _COMPANY_ANAPHOR.match(_lead(sent.text)):
        subject = state.subject  # '(X가 후속 투자를 검토한다.) 이 회사는 Y에 3억원을 투자했다': the investor
    if own_subject is None and (code := _CODE_SUBJECT.match(_lead(sent.text))):
        # 'QRN-301은 … 과제에 선정돼': the company that developed it, as an earlier sentence told
        subject = (
            _code_owner(body, sent.start, code.group(1), mentions, types)
            or _code_topic(body, sent.start, code.group(1), mentions, state.topic)
            or subject
        )
    if own_subject is None and (code := _EN_CODE_SUBJECT.match(_lead(sent.text))):
        # 'TLD-101 was also selected by KDDF': the developer among those first named with the code
        implied = _code_developer_en(body, sent.start, code.group(1), mentions, types)
        subject = implied or subject
    gov = _GOVERNMENT_SUBJECT.match(_lead(sent.text))
    if own_subject is None and gov and gov.group(1) in state.governments:
        subject = state.governments[
            gov.group(1)
        ]  # '시는 지난해 … 업무협약을 맺고': the city, not the last subject
    inside += _anaphoric_government(sent, state)
    if not inside and subject is None and _round_of_last_subject(sent.text, state, types):
        subject = state.subject  # '(X는 …) 앞서 2023년에는 45억원 규모의 시리즈A 투자를 유치했다'
    # '(지난해 참여한 10개 기업은 …) 2개 기업은 해외 제약사와 … 계약을 맺는 성과를 냈다': a tally of
    # unnamed firms, not the subject before dealing with an unnamed partner
    counted = _COUNTED_SUBJECT.search(sent.text)
    unnamed_partner = bool(state.subject and _UNNAMED_PARTNER.search(sent.text)) and not counted
    if _CONTENT_OF.match(_lead(sent.text)) or not (inside or subject or unnamed_partner):
        return []
    co_subjects = [(a, name) for a, b, name in inside if own_subject and _CO_SUBJECT.match(body, b)]
    by_type: dict[tuple[str, int], list[str]] = {}
    forced = next((k for k, rx in _REFER_BACK.items() if rx.search(_lead(sent.text))), None)
    if _MET_AT.search(sent.text):
        forced = None  # '이번 협약은 X가 연 '…상담회'에 참가한 것을 계기로': where the pair met, no party
    if (
        forced == "selection"
        and _BENEFIT.search(sent.text)
        and not TRIGGERS_BY_KIND["selection"].search(sent.text)
    ):
        forced = None  # '선정 기업은 … FDA 규제 컨설팅 등을 지원받는다': what the chosen get, no one choosing
    if (
        forced == "selection"
        and TRIGGERS_BY_KIND["event"].search(sent.text)
        and not TRIGGERS_BY_KIND["selection"].search(sent.text)
        # ('선정 기업 5곳이 차례로 무대에 올라 … 발표했고, 투자사 12곳이 참석해')
        and (_EVENT_WORD.search(sent.text) or _ON_STAGE.search(sent.text))
    ):
        # '선정 기업들은 … X가 주최하고 Y가 후원하는 '쇼케이스'에서 IR 발표에 나선다': they present there
        forced = None
        inside = sorted(inside + [(sent.start, sent.start, name) for name in state.selected])
    # '발표에 나선 X가 이 회사로부터 투자를 받은 바 있다': the investor referred to took no part in the event
    everyone = [name for a, _b, name in inside if not _THIS_COMPANY.match(body, a)]
    clauses = _clauses(sent)
    # a sentence referring back adds to that relation; a selection it also tells ('이번 투자는 도가 … 공모에서
    # 지정된 이후 나온 …') is told besides
    # a reference met only in a later clause ('펀드를 결성하고 첫 투자처로 스타트업 3곳을 낙점했다'): an
    # earlier clause that states a relation of its own keeps it
    opening = forced is not None and _REFER_BACK[forced].match(_lead(sent.text)) is not None
    clause_kinds = []
    for _s, _e, clause in clauses:
        own = _triggers(clause)
        if forced and (opening or not own or _REFER_BACK[forced].search(_lead(clause))):
            # '이번 투자는 X가 지난 3월 Y와 맺은 업무협약의 첫 결실이다': that MOU is told besides
            own = [forced, *(k for k in own if k in {"selection", "mou"} and k != forced)]
        clause_kinds.append(own)
    if _CEREMONY_TOLD.match(_lead(sent.text)):
        # '협약식은 전날 … 열렸으며 … 20여 명이 참석했다': the signing told again, no occasion of its own
        for ks in clause_kinds:
            ks[:] = [k for k in ks if k != "event"]
    for n, (ks, (_s, _e, clause)) in enumerate(zip(clause_kinds, clauses, strict=True)):
        if (
            not ks
            and clause.rstrip().endswith("계약을")
            and n + 1 < len(clauses)
            and "contract" in clause_kinds[n + 1]
        ):
            ks.append("contract")  # 'A와 X 공급계약을, B와는 Y 공급계약을 각각 맺었다': the verb they share
    # 'A의 팁스에 선정된 데 이어, B의 육성사업 대상으로 뽑혔다': two selections, one per clause
    split = {k for k in _PER_CLAUSE if sum(k in ks for ks in clause_kinds) >= 2}
    # '라운드는 A가 10억원을 넣어 주도했고, B가 5억원을 보탰다': the shares of the one round just told
    if _two_rounds(clauses, clause_kinds) and not _THE_ROUND_TOLD.match(_lead(sent.text)):
        split.add("investment")
    investors_only = bool(inside) and all(types.get(name) == "investor" for _a, _b, name in inside)
    if investors_only and state.last_type == "investment" and not _EVENT_WORD.search(sent.text):
        # '(… 시리즈B 투자를 유치했다.) A와 B, C가 참여했다': investors taking part in the round just told
        joined = all(m.group().startswith("참여") for m in TRIGGERS_BY_KIND["event"].finditer(sent.text))
        for ks in clause_kinds:
            if "event" in ks and joined:
                ks[:] = [k for k in ks if k != "event"] + (["investment"] if "investment" not in ks else [])
    if investors_only and (state.last_type == "investment" or any("investment" in ks for ks in clause_kinds)):
        for ks, (_s, _e, clause) in zip(clause_kinds, clauses, strict=True):
            if not ks and _JOINED_ROUND.search(clause):
                ks.append("investment")  # 'A와 B가 참여했으며 라운드는 C가 이끌었다': investors of the round
    if any("selection" in ks for ks in clause_kinds) and _PROGRAMME_CHOSEN.search(sent.text):
        for ks, (_s, _e, clause) in zip(clause_kinds, clauses, strict=True):
            if ks in (["event"], []) and _RUNS_CLAUSE.search(clause):
                ks[:] = ["selection"]  # 'A가 주관하고 B가 수행하는 '…사업'에 선정돼': A runs the call
    if any("investment" in ks for ks in clause_kinds):
        for ks, (_s, _e, clause) in zip(clause_kinds, clauses, strict=True):
            if not ks and _LED_CLAUSE.search(clause):
                ks.append("investment")  # '지난해 A가 주도하고 B가 참여한 시리즈C 투자를 유치했다': A led it
        # 'A가 투자를 주도했고 B와 C가 참여했다': taking part in the round, not in an event
        for ks, (_s, _e, clause) in zip(clause_kinds, clauses, strict=True):
            if "event" in ks and not TRIGGERS_BY_KIND["event"].search(_ATTEND.sub(" ", clause)):
                ks[:] = [k for k in ks if k != "event"] + (["investment"] if "investment" not in ks else [])
    # the side a sentence drops; not when it opens on a subject the organisations do not include
    # ('칼리스타는 …')
    korean = bool(_HANGUL.search(sent.text))  # English does not drop the subject
    unnamed_topic = (
        _UNNAMED_SUBJECT.match(sent.text)
        and not _ANAPHOR.match(_lead(sent.text))
        and not any(a == sent.start for a, _b, _n in inside)
    )
    # '양측은 데이터를 공유하고 … 업무협약을 체결했다': the pair the sentence opens on acts in every clause
    opening_group = (
        list(dict.fromkeys(name for a, _b, name in inside if a == sent.start))
        if _GROUP_ANAPHOR.match(sent.text)
        else []
    )
    sentence_subject = subject
    for n, (c_start, c_end, clause) in enumerate(clauses):
        names = [name for a, _b, name in inside if c_start <= a < c_end]
        # '펩타노바는 생명연과 … 진행하고 있으며, 루미엔도는 … 협약을 맺고': a clause opening on its own
        # topic is that organisation's, not the sentence subject's
        subject = (_clause_topic(body, c_start, inside) or sentence_subject) if n > 0 else sentence_subject
        if not names and n > 0 and len(opening_group) >= 2 and {"mou", "contract"} & set(clause_kinds[n]):
            names = opening_group
        kinds = clause_kinds[n]
        role, limit = _event_role(clause, kinds) if "event" in kinds else ("all", 0)
        if role is None:
            kinds = [k for k in kinds if k != "event"]
        for kind in kinds:
            parties = by_type.setdefault((kind, n if kind in split else -1), [])
            chosen = everyone if kind == "event" else names  # participants are often listed clause by clause
            if kind == "event" and role == "others":  # '협회가 주관하는 상을 … 수상', '시가 연 행사를 찾아'
                chosen = [x for a, _b, x in inside if c_start <= a < c_start + limit and x != subject]
                if not chosen:
                    continue
            elif (
                subject
                and not (clause.startswith("while ") and chosen)
                and (  # ', while B bought …': B's own
                    not chosen
                    or kind in _PAIR_TYPES | {"contract", "visit"}
                    # '메디루프온은 … 중기부의 팁스에 선정돼': only the selecting side named in the clause
                    or (kind == "selection" and all(types.get(x) in _PUBLIC for x in chosen))
                    or (kind == "selection" and implied is not None)
                    # '(이 회사는) Y에 3억원의 시드 투자를 집행했다': the investor puts money into Y
                    or (
                        kind == "investment"
                        and types.get(subject) == "investor"
                        and _INVESTS_IN.search(clause)
                    )
                )
            ):
                chosen = [subject, *chosen]
            if subject in chosen and kind not in _PAIR_TYPES:
                # 'A는 B와 공동으로 데모데이를 열고, 선정 기업을 발표했다': B acts with A in every clause
                # not a partner named only in a later clause ('…에 선정돼 B와 함께 … 고도화해 왔다')
                chosen = [*chosen, *(x for a, x in co_subjects if x not in chosen and a < c_end)]
            elif (
                own_subject is None
                and state.subject
                and (
                    (kind in _PAIR_TYPES and len(set(chosen)) == 1)
                    # '교와기린(Kyowa Kirin)에 … 라이선스 계약': one partner, named twice
                    or (kind == "contract" and len(set(chosen)) == 1 and not unnamed_topic and korean)
                    # '(회사는 …) 지난해 복지부와 진흥원이 추진하는 과제에 선정돼': the company before
                    or (
                        kind == "selection"
                        and korean
                        and not unnamed_topic
                        and (
                            types.get(state.subject) in _COMPANY_TYPES
                            or (types.get(state.subject) == "investor" and state.company is not None)
                            # '(X는 펀드를 결성했다.) 한국벤처투자가 진행한 출자사업에서 운용사(GP)로
                            # 선정된 지 …': the fund manager before, chosen to run the fund
                            or (types.get(state.subject) == "investor" and bool(_GP_CHOSEN.search(clause)))
                            # '(전남도는 …) 같은 해 복지부 공모에서 최종 선정되기도 했다': the region
                            or (
                                _region(state.subject, types)
                                and state.subject not in chosen
                                and bool(_SELECTED_PASSIVE.search(clause))
                            )
                        )
                        and all(
                            types.get(x) in _PUBLIC
                            or (types.get(x) == "investor" and _GP_CHOSEN.search(clause))
                            for x in chosen
                        )
                    )
                    # '(회사는 …) X가 주최한 바이오코리아에도 참가해': the organisers are named, the
                    # company taking part is the one the sentence drops
                    or (
                        kind == "event"
                        and korean
                        and not unnamed_topic
                        and bool(_HOSTED_THEN_JOINED.search(clause))
                    )
                    # '(협회는 …) 오는 11월에는 X와 함께 … 설명회를 열 예정이다': the co-host dropped
                    or (
                        kind == "event"
                        and korean
                        and len(set(chosen)) == 1
                        and state.subject not in chosen
                        and any(x == chosen[0] and _CO_SUBJECT.match(body, b) for _a, b, x in inside)
                    )
                    # '(MSD는 …) 지난해에는 A 등 4곳을 뽑기도 했다': who chose is the subject before
                    or (
                        kind == "selection"
                        and korean
                        and not unnamed_topic
                        and _CHOSE.search(clause)
                        and state.subject not in chosen
                        and not any(types.get(x) in _PUBLIC for x in chosen)
                    )
                )
            ):
                # Korean drops the subject it just talked about; an investor of a past round told
                # before is background, the company the article is about is the one acting
                last = state.subject
                if types.get(last) == "investor" and state.topic and kind != "investment":
                    # '(회사는 … 투자를 유치했다. 당시 X가 라운드를 이끌었다.) 같은 해 8월에는 … 선정되기도
                    # 했다': the company whose round that was
                    last = state.company or state.topic
                if (
                    korean
                    and kind in _PAIR_TYPES
                    and _THING_TOPIC.match(_lead(sent.text))
                    and types.get(last) not in _COMPANY_TYPES
                    and types.get(state.topic) in _COMPANY_TYPES
                    and state.topic not in chosen
                ):
                    # '(KTL은 … 진행했다.) 핵심 소재인 다층 필름은 화학연과 공동 개발했다': the maker of the
                    # product, the company the article is about
                    last = state.topic
                if not korean and state.topic and _PRODUCT_OPENING.match(sent.text):
                    last = state.topic  # 'HVR-118 has its roots in a joint program with KRIBB': its owner's
                chosen = [last, *chosen]
            if (
                kind == "mou"
                and own_subject is None
                and korean
                and chosen
                and _MADE_WITH.search(clause)
                and all(types.get(x) in _PUBLIC for x in chosen)
            ):
                # '이번 투자는 지난해 인천시·인천경제청과 맺은 투자협약에 따른 것이다': the company talked
                # about made it with them
                told = [n for _a, b, n in mentions if b <= sent.start and types.get(n) in _COMPANY_TYPES]
                maker = state.topic or max(told, key=told.count, default=None)
                if maker and maker not in chosen:
                    chosen = [maker, *chosen]
            if (
                kind == "investment"
                # an investor does not raise a round: 'A가 주도하고' opens a clause about the round
                and (subject is None or types.get(subject) == "investor")
                and korean
                and chosen
                and any(types.get(x) == "investor" or _investor_name(x) for x in everyone)
                and _RAISED.search(sent.text)
                and types.get(state.subject) in _COMPANY_TYPES
                and state.subject not in chosen
            ):
                # '(X는 … 바이오텍이다.) 지난해 A가 주도하고 B가 참여한 시리즈C 투자를 유치했다': X raised it
                chosen = [state.subject, *chosen]
            if (
                kind == "partnership"
                and own_subject is None
                and _THIS_PROJECT.match(_lead(sent.text))
                and types.get(state.subject) in _COMPANY_TYPES
                and state.subject not in chosen
            ):
                # '(X는 … 과제를 수행하고 있다.) 이 과제는 A, B와 공동으로 진행 중이다': X's project
                chosen = [state.subject, *chosen]
            if (
                kind == "visit"
                and own_subject is None
                and len(state.delegation) >= 2
                and state.delegation_visited
                and not set(chosen) & set(state.delegation)
            ):
                # '(대표단은 17일 A를 찾았다.) 18일에는 B를 방문했다': the same delegation's next stop
                chosen = [*state.delegation, *chosen]
            parties.extend(x for x in chosen if x not in parties)
    subject = sentence_subject
    recipient = (subject or state.subject) if own_subject is None and not unnamed_topic else None
    for (kind, _n), parties in by_type.items():
        if (
            kind == "investment"
            and recipient
            and parties
            and recipient not in parties
            and types.get(recipient) not in _FUNDERS | {"government"}
            # 'It raised $650 million in a round led by Novo Holdings': whoever led it, the round is its
            and (all(types.get(p) in _FUNDERS for p in parties) or _IT_RAISED.match(_lead(sent.text)))
            and _RECEIVED.search(sent.text)
        ):
            parties.insert(0, recipient)  # '(셀로닉스는) 지난해 A와 B로부터 시드 투자를 유치한 바 있다'
        elif (
            kind == "investment"
            and parties
            and all(types.get(p) in _FUNDERS for p in parties)
            and _ROUND_TOPIC.match(_lead(sent.text))
            and (firm := state.described or state.company)
        ):
            # '(세라퓨젠은 …) 2021년 시리즈A는 카카오벤처스가 단독으로 투자했다': the company's round
            parties.insert(0, firm)
        elif kind == "contract" and recipient and not parties and _UNNAMED_PARTNER.search(sent.text):
            parties.append(recipient)  # '(회사는) 일본 소재 유통사와 … 판매 계약을 맺고'
        elif (
            kind == "partnership"
            and (lead := state.consortium_lead or state.subject)
            and lead not in parties
            and (own_subject is None or own_subject in parties)
            and _JOINS_CONSORTIUM.search(sent.text)
            # '인천시를 주관기관으로 A와 B가 참여하는 컨소시엄': the sentence names its own lead
            and not re.search(r"(을|를)\s*주관\s*기관으로|(이|가)\s*주관하고", sent.text)
        ):
            # '병원은 주관기관을 맡는다. A와 B 등 기업 3곳이 컨소시엄에 합류했다': the lead is a partner too
            parties.insert(0, lead)
    if own_subject and _LEAD_ROLE.search(sent.text):
        # '서울아산병원은 … 사업의 주관기관으로 최종 선정됐다': the consortium told next is its own, even
        # after a sentence about the agency that chose it
        state.consortium_lead = own_subject
    # '뉴로핏 역시 … 넓히고 있다. 회사는 …': a company the sentence turns to is the one meant next
    turned = (
        R.DESCRIBED_AS.search(sent.text)
        or _ALSO_SUBJECT.match(_lead(sent.text))
        or _SPOTLIT.search(sent.text)
    )
    # a Korean sentence naming no subject keeps the company just described ('세라퓨젠은 … 창업한 회사다.
    # NK세포를 … 진행하고 있다. 회사는 …')
    if own_subject or not _HANGUL.search(sent.text):
        state.described = own_subject if own_subject and turned else None
    elif inside and body[inside[0][1] : inside[0][1] + 2] == "도 " and inside[0][0] - sent.start <= 40:
        # '척추 임플란트를 생산하는 메디플렉스온도 … 협의를 진행 중이다. 이 회사는 …': the firm turned to
        state.described = inside[0][2]
    if own_subject and R.STOP_OPENING.match(sent.text):
        state.described = own_subject  # '마지막으로 찾은 파이토젠알파는 …. 회사는 …': that stop's company
    if _FOCUS.search(sent.text) and inside:
        state.described = inside[-1][2]  # '이날 가장 주목받은 곳은 딥모어사이언스였다. 회사는 …'
    if subject:
        state.subject = subject
        if types.get(subject) in _COMPANY_TYPES:
            state.company = subject
    elif awarded := next((name for _a, b, name in inside if _AWARDED_TO.match(body, b)), None):
        state.subject = awarded  # '대상은 카디엘바이오에 돌아갔다. 회사는 …': the winner is talked about next
    rels = []
    for (kind, n), parties in by_type.items():
        # two rounds in one sentence: each takes its amount and date from its own clause
        own_round = kind == "investment" and n >= 0
        if (
            own_round
            and subject
            and subject not in parties
            and all(types.get(p) in _FUNDERS for p in parties)
        ):
            parties.insert(0, subject)  # '…를 받았고, 시리즈A에서는 C로부터 100억원을': the subject's round
        where, fallback = sent, this_day
        if own_round or (kind == "contract" and n >= 0):
            where = _clause_of(sent, clauses, n)
        elif (lone := _lone_deal_clause(kind, clause_kinds)) is not None:
            # 'A와 MOU를 맺었고, 지난 2월에는 B와 120억원 규모의 계약을 따내며': each deal its own
            # clause's date and sum; a date only the other clause states is the sentence's
            where = _clause_of(sent, clauses, lone)
            fallback = this_day or next(iter(d.value for d in deal_dates(sent.text, published)), None)
        if r := _relation(kind, parties, where, nxt, published, state, fallback):
            r.own_round = own_round
            rels.append(r)
    if own_subject and _EACH.search(sent.text):
        rels = [piece for r in rels for piece in (_respective(r, sent, inside) or _each(r, own_subject))]
    elif own_subject and types.get(own_subject) not in _FUNDERS and _INVESTS_IN.search(sent.text):
        # 'JW중외제약은 A와 B에 총 50억원을 투자하기로': a drugmaker's stake in each startup
        rels = [piece for r in rels for piece in _each_stake(r, own_subject, types)]
    rels = _consortium_selected(rels, sent, inside, types)
    rels += _licensed_in_before(rels, sent, mentions, body, published)
    # '복지부와 진흥원이 추진하는 … 사업의 지원을 받는다. A는 이 사업의 신규 과제로 선정돼': who chose A
    # '산업부가 선정한 '으뜸기업' 지정서 수여식도 열렸다. 올해 으뜸기업으로는 A, B가 이름을 올렸다': who chose
    # them is the one the sentence before said selected that title
    for r in rels:
        if r.type == "selection" and not any(types.get(p) in _PUBLIC for p in r.parties):
            if _THIS_PROGRAMME.search(sent.text):
                r.parties.extend(p for p in previous_owners if p not in r.parties)
            elif previous_chooser:
                r.parties.extend(p for p in previous_chooser if p not in r.parties)
    if len(state.delegation) >= 2 and any(
        r.type == "visit" and set(state.delegation) <= set(r.parties) for r in rels
    ):
        state.delegation_visited = True
    if rels:
        state.last_type = rels[-1].type
        state.group = max((r.parties for r in rels), key=len)
        state.groups += [list(r.parties) for r in rels]
        for r in rels:
            chosen = [p for p in r.parties if types.get(p) in _SMALL_COMPANIES]
            # a new call names who chose; one told again without them keeps the longer list
            if (
                r.type == "selection"
                and chosen
                and (len(chosen) < len(r.parties) or len(chosen) >= len(state.selected))
                # not a past call told as background ('지난해 1기로 선발한 A와 B'): '올해 선정 기업들은'
                # still means this year's
                and not (
                    state.selected and r.date and state.selected_date and r.date[:4] < state.selected_date[:4]
                )
            ):
                state.selected = chosen
                state.selected_date = r.date or state.selected_date
    return rels


_DEALS = {"mou", "contract", "investment", "partnership"}


def _lone_deal_clause(kind: str, clause_kinds: list[list[str]]) -> int | None:
    """The one clause that states a deal of `kind`, when other clauses state deals of other kinds."""
    mine = [n for n, ks in enumerate(clause_kinds) if kind in ks]
    others = [n for n, ks in enumerate(clause_kinds) if n not in mine and _DEALS & set(ks)]
    return mine[0] if kind in _DEALS and len(mine) == 1 and others else None


# 'A로부터 도입한 레이저티닙을 B에 기술수출한 바 있다': the licence out names the licence in before it
_IN_THEN_OUT = re.compile(
    r"(?:으로부터|로부터)\s[^.]{0,60}?도입한\s[^.]{0,80}?(?:기술\s*수출|기술\s*이전|라이선스\s*아웃)(?:했|한|하)"
)


def _licensed_in_before(  # type: ignore[no-untyped-def]
    rels: list[Relation], sent: Sentence, mentions, body: str, published: str | None
) -> list[Relation]:
    """The licence in as a contract of its own, each deal with the date told in its part."""
    m = _IN_THEN_OUT.search(sent.text)
    out_deal = next((r for r in rels if r.type == "contract" and len(r.parties) >= 2), None)
    if m is None or out_deal is None:
        return []
    at = sent.start + m.start()
    licensor = next((name for _a, b, name in reversed(mentions) if b <= at and at - b <= 2), None)
    if licensor is None or licensor in out_deal.parties:
        return []
    before = sentence_dates(sent.text[: m.start()], published)
    after = sentence_dates(sent.text[m.start() :], published)
    if after:
        out_deal.date = after[0].value
    in_deal = replace(out_deal, parties=[out_deal.parties[0], licensor], amount=None)
    in_deal.date = before[-1].value if before else None
    return [in_deal]


_CHOSE = re.compile(r"(뽑았|뽑기도|선정했|선정하기도|선발했|낙점했)")
_ANY_TOPIC = re.compile(r"(?<![에서])(은|는)\s")


def _round_of_last_subject(text: str, state: _State, types: dict[str, str | None]) -> bool:
    """A round received in a sentence that names no one: the company the sentence before was about."""
    return (
        state.subject is not None
        and types.get(state.subject) in _COMPANY_TYPES
        and bool(_HANGUL.search(text))
        and not _ANY_TOPIC.search(text)  # '참여 기업 6곳은 … 유치하는 성과를 냈다': a subject of its own
        and bool(_RECEIVED.search(text))
        and "investment" in _triggers(text)
    )


_LED_CONSORTIUM = re.compile(
    r"(이|가)\s*주관(하고|하며|을\s*맡고)\s[^.]{0,80}?참여하는\s*컨소시엄(이|은)\s[^.]{0,80}?선정"
)


def _consortium_selected(rels: list[Relation], sent: Sentence, inside, types) -> list[Relation]:  # type: ignore[no-untyped-def]
    """'A병원이 주관하고 B, C가 참여하는 컨소시엄이 산업부 과제에 선정됐다': the ministry selected the
    lead; the lead and the members form a consortium (a partnership), which is no event."""
    m = _LED_CONSORTIUM.search(sent.text)
    if not m:
        return rels
    lead = next((name for _a, b, name in inside if b == sent.start + m.start()), None)
    selection = next((r for r in rels if r.type == "selection"), None)
    if lead is None or selection is None:
        return rels
    cut = sent.start + m.start() + m.group().index("참여하는")
    members = [name for a, _b, name in inside if sent.start + m.start() <= a < cut]
    selectors = list(dict.fromkeys(name for a, _b, name in inside if a > cut and types.get(name) in _PUBLIC))
    consortium = replace(selection, type="partnership", parties=list(dict.fromkeys([lead, *members])))
    selection.parties = [*selectors, lead]
    return [r for r in rels if r.type not in {"event", "partnership"}] + [consortium]


# '각각', and '잇따라' (one after another: 'A, B와도 잇따라 MOU를 체결'): one agreement with each
_EACH = re.compile(r"(?<![가-힣])(각각|각자|잇따라)(?![가-힣])")


# 'A는 B와 …계약을, C는 D와 …계약을 각각 체결했다': an object, a comma, and the next pair's topic
_OBJECT_THEN_TOPIC = re.compile(r"(을|를),\s+(?=\S+(은|는)\s)")


def _respective(r: Relation, sent: Sentence, inside) -> list[Relation] | None:  # type: ignore[no-untyped-def]
    """One deal per pair when the sentence tells pairs in turn and closes on '각각'."""
    cuts = [sent.start + m.end() for m in _OBJECT_THEN_TOPIC.finditer(sent.text)]
    if not cuts or r.type not in _PAIR_TYPES | {"contract"}:
        return None
    bounds = [sent.start, *cuts, sent.end]
    groups = parties_between(bounds, inside, r.parties)
    if len(groups) < 2 or not all(len(g) == 2 for g in groups):
        return None
    return [replace(r, parties=g, extra_evidence=[], each=True) for g in groups]


def _each(r: Relation, subject: str) -> list[Relation]:
    """'A는 B, C와 각각 공동연구를': one agreement with each, not one among the three."""
    others = [p for p in r.parties if p != subject]
    if r.type not in _PAIR_TYPES | {"contract"} or subject not in r.parties or len(others) < 2:
        return [r]
    return [replace(r, parties=[subject, p], extra_evidence=[], each=True) for p in others]


_HOSTED_THEN_JOINED = re.compile(
    r"(이|가)\s*(공동\s*)?(주최|주관|운영|개최|마련)(한|하는)\s[^.]{0,60}?(에|에도|에서|에서는)\s*"
    r"([^.]{0,15}\s)?(참가|참여|출전|부스)|"
    # "'메디카 2024'에는 A와 B 등 10개사와 함께 공동관을 꾸려 참가할 예정이다": who leads them there
    r"['’\"”]에는\s[^.]{0,60}?(와|과)\s*함께\s[^.]{0,20}?(공동관|한국관|홍보관|부스)[^.]{0,10}?(참가|참여)"
)
_INVESTS_IN = re.compile(r"(에|에게)\s[^.]{0,30}?투자(하기로|했|한다|를\s*(단행|집행))")


def _each_stake(r: Relation, subject: str, types: dict[str, str | None]) -> list[Relation]:
    """'A는 B와 C에 투자했다': one stake in each company, when none of them is an investor itself."""
    others = [p for p in r.parties if p != subject]
    if r.type != "investment" or subject not in r.parties or len(others) < 2:
        return [r]
    if any(types.get(p) in _FUNDERS or types.get(p) == "government" for p in others):
        return [r]
    return [replace(r, parties=[subject, p], extra_evidence=[], amount=None) for p in others]


def _relation(
    kind: str,
    parties: list[str],
    sent: Sentence,
    nxt: str,
    published: str | None,
    state: _State,
    this_day: str | None = None,
) -> Relation | None:
    amounts = find_amounts(_QUOTE.sub(" ", sent.text))
    if not amounts and kind in {"contract", "investment", "mou"} and re.search(r"규모|계약금|총\s*\d", nxt):
        amounts = find_amounts(nxt)
    rel = _stated(kind, parties, sent, published, amounts, this_day)
    if not parties:
        return None
    if kind in _PAIR_TYPES and len(parties) < 2:
        state.pending = [rel]
        return None
    if (
        kind == "contract"
        and len(parties) < 2
        and rel.amount is None
        and not _UNNAMED_PARTNER.search(sent.text)
    ):
        return None
    for p in state.pending:  # '강원도가 … 투자협약을 체결했다. 도는 … 6개 기업과 협약을 맺었다'
        if p.type == kind and set(p.parties) <= set(parties):
            rel.amount = rel.amount or p.amount
            rel.date = rel.date or p.date
    state.pending = []
    return rel


_SMALL_FIRM_WORD = re.compile(r"(?:[A-Z][^,]{0,25},\s+)?[Tt]he (startup|biotech)\b")
_THE_ROUND_TOLD = re.compile(r"(이번\s*|이\s*)?(라운드|투자)(는|에는|에서는)\s")


def _two_rounds(clauses: list[tuple[int, int, str]], clause_kinds: list[list[str]]) -> bool:
    """'A와 B로부터 20억원 시드 투자를 받았고, 시리즈A에서는 C로부터 100억원을 유치했다': two rounds,
    each clause with its own amount; not 'A가 100억원 투자를 주도했고 B가 참여했다'."""
    amounts = [
        tuple(a.as_json().items())
        for (_s, _e, text), ks in zip(clauses, clause_kinds, strict=True)
        if "investment" in ks
        for a in find_amounts(text)[:1]
    ]
    rounds = sum("investment" in ks for ks in clause_kinds)
    # '설립 첫해 A로부터 시드 투자를 받았고, 2023년 시리즈A에서 B와 C로부터 95억 원을': each clause
    # names its own round, whether or not both state a sum
    names = [
        m.group().replace(" ", "").upper()
        for (_s, _e, text), ks in zip(clauses, clause_kinds, strict=True)
        if "investment" in ks and (m := _ROUND_IN_CLAUSE.search(text))
    ]
    distinct = len(names) == rounds and len(set(names)) == rounds
    return rounds >= 2 and (distinct or (len(amounts) == rounds and len(set(amounts)) == rounds))


# '지난해 X에 시드 자금을 넣은 데 이어 이번에 후속 투자를 집행했다': a follow-on is a round of its own
_FOUNDERS_HOME = re.compile(
    r"(\s+[가-힣]{1,8}){0,2}?\s+(교수|연구원|연구진|박사|출신)(들)?(이|가)\s*(세운|창업한|설립한)\s"
)
_ROUND_IN_CLAUSE = re.compile(_ROUND_NAME + r"|(후속|초기)\s*투자", re.I)


_FUND_RAISED = re.compile(r"펀드(가|는|를|을)?\s*(결성|조성)")
_FUND_SPENT = re.compile(
    r"투자처[^.]{0,60}?(억\s*원?을?\s*(투입|투자|집행)(했|하며|하고)|(투입|투자|집행)했다)|억\s*원?을\s*(투입|집행)했다"
)
_CO_INVESTED = re.compile(r"(와|과)\s*함께\s[^.]{0,30}?(공동\s*)?투자(했|하며|하고)")
_FUND_ANAPHOR = re.compile(r"(?:이\s*)?(펀드)(는|가|도)\s")
_JOINS_CONSORTIUM = re.compile(
    r"컨소시엄(에|으로)\s*(합류|참여)|참여하는\s*컨소시엄이\s*꾸려|컨소시엄(에는|엔)\s[^.]{0,80}(합류|참여)"
)
_LEAD_ROLE = re.compile(
    r"주관\s*기관(으로|에)\s*(최종\s*)?(선정|지정|낙점)(됐|되)|주관\s*기관(을|의\s*역할을)\s*맡"
)


def _clause_topic(body: str, start: int, inside) -> str | None:  # type: ignore[no-untyped-def]
    """The organisation a clause opens on with 은/는 ('…하고 있으며, 루미엔도는 …')."""
    first = next(((a, b, name) for a, b, name in inside if a >= start), None)
    if (
        first is None
        or body[start : first[0]].strip()
        or not re.match(r"(은|는)\s", body[first[1] : first[1] + 2])
    ):
        return None
    return first[2]
