"""Words that stand for organisations named before: '회사는', '시는', group words ('양사는', '3개
기관은'), type nouns ('재단이'), people ('오 처장은'), delegations; and the reading state that
carries what earlier sentences said."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from biobridge.intel.extract.relations.kinds import _COMPANY_TYPES, _PUBLIC, _SMALL_COMPANIES
from biobridge.intel.extract.relations.relation import Relation
from biobridge.intel.extract.text import Sentence, split_sentences

_GOVERNMENT_SUBJECT = re.compile(r"([시도])(는|가)\s")
# 'In January, the company …': an English opening phrase may come first
_EN_OPENING = r"(?:[A-Z][^,]{0,25},\s+|(?:Last|This|Earlier this|Later this) (?:year|month|week)\s+)?"
# 'The biotech has also worked with …': the company the article is about, by what it is
_EN_COMPANY_WORD = r"(?:company|biotech|startup|firm|drugmaker)"
# '2020년 설립된 회사는': a short description may come before the word; '생명연 출신인 정다은
# 대표가 2022년 창업한 이 회사는': so may who founded it
_COMPANY_ANAPHOR = re.compile(
    r"^(?:(?:[0-9가-힣]+\s){0,2}[가-힣]*(?:된|한|인|온|던)\s|[^.]{0,80}?(?:창업|설립|세운)한?\s(?=이\s회사는))?"
    rf"(회사는|회사가|이 회사는|동사는|{_EN_OPENING}[Tt]he {_EN_COMPANY_WORD})(?:\s|(?<=[a-z]),\s)"
)
_ANAPHOR = re.compile(
    r"^(도는|도가|시는|시가|군은|구는|회사는|회사가|이 회사는|협회는|재단은|센터는|양사는|동사는|원은|"
    rf"대학은|병원은|기관은|진흥원은|연구원은|{_EN_OPENING}[Tt]he {_EN_COMPANY_WORD}|{_EN_OPENING}[Ii]t)"
    r"(?:\s|(?<=[a-z]),\s)"
)


_EN_TYPE_WORDS = {
    "institute": {"research_institute"},
    "hospital": {"hospital"},
    "university": {"university"},
    "agency": {"public_agency", "agency"},
    "ministry": {"government"},
}
_EN_TYPE_ANAPHOR = re.compile(
    r"\b[Tt]he (?:(?:state|government)-(?:run|funded|backed) |national |Korean )?"
    r"(institute|hospital|university|agency|ministry)\b"
    r"(?! of\b)"  # not 'the Ministry of Health': a name
)
_DELEGATION_WORDS = r"대표단|방문단|사절단|방한단|연구진|일행|평가위원단|위원단|평가단|실사단|점검단|심사단"
_DELEGATION = re.compile(rf"(?<![가-힣])({_DELEGATION_WORDS})(은|는|이|가|도)\s")
# '시의 방문단', 'X 연구진'; not 'X 출신 연구진' (people who came from X, acting for someone else)
_DELEGATION_OF = re.compile(
    rf"(?:\s*\([^)]*\))?(?:㈜)?(?:의)?\s*(?:(?!출신)[가-힣]{{2,8}}\s+)?({_DELEGATION_WORDS})"
)
_GROUP_ANAPHOR = re.compile(
    r"(?:(?:앞서|이어|또|또한|한편|이후|특히|이에|이날)\s+)?(?:[가-힣]{2,10}에서(?:는)?\s+)?"
    r"(양사|양\s*(?:기관|협회|단체)|양측|두\s*(?:회사|기관|기업|협회)|세\s*(?:회사|기관|기업)|[2-9]개\s*(?:수행기관|선정기관|기관|사|기업)|[2-9]사|"
    r"이들\s*기관)"
    r"(?:\s*관계자(?:들)?)?(은|는|이|가)\s"  # '세 기관 관계자들은': the organisations' people
)
_EN_PAIR = re.compile(r"\b(the two|both) (companies|firms|sides|partners|organizations|institutions)\b", re.I)
# A bare type noun refers back to the organisation of that type named before ('재단이 주최하고').
_TYPE_ANAPHOR = re.compile(
    r"(?<![가-힣])(재단|협회|진흥원|개발원|평가원|공단|테크노파크|학회|의학원|의료원|센터|사업단)(?:(?:은|는|이|가|과|와|도|을|를|에|의|으로부터|로부터)\s|,\s|"
    # '진흥원 평가위원단이 … 찾아', '충북대와 개발원 관계자들은 … 찾아'
    # '진흥원 해외마케팅팀 관계자들도 동행했다': its team's people
    rf"\s(?=(?:[가-힣]{{2,10}}(?:팀|본부|실|센터)\s)?(?:{_DELEGATION_WORDS}|관계자들?|임직원들?)(?:은|는|이|가|도)\s))|"
    # '도와 연구원은 …': the institute as a subject (a researcher is '김 연구원은', '연구원들은')
    # '병원과 셀로퀀트는 … 선정돼': the hospital named before, opening the sentence
    # '이번 협약은 병원과 코드몰바이오가 … 이어온 연구의 연장선이다': the hospital and its partner
    # ('기업과 병원이 수행하는 11개 과제': kinds of performer, no one named before)
    r"(?:^|(?<=[와과]\s)(?<!(?:기업|대학|기관|학교)과\s)|(?<=,\s))(연구원|연구소|병원)(?=(?:은|는|이|가|과|와|도)\s)|"
    # ("'…사업'에 병원과 회사가 공동으로 선정돼": the hospital and the company the article is about)
    r"(?<=[은는에]\s)(병원)(?=[과와]\s[^\s.]{2,20}[이가]\s)"
)
_HEAD_TITLES = (
    r"처장|시장|도지사|지사|군수|구청장|청장|장관|차관|대표|원장|병원장|이사장|회장|총장|본부장|센터장|단장"
)
_TITLE_END = r"(?=(?:은|는|이|가|의|과|와|을|를|도)?[\s,.(])"  # '…도지사(가운데)': a caption's position
_ORG_THEN_PERSON = re.compile(
    rf"(?:은|는|의|에서는)?\s+([가-힣])[가-힣]{{1,3}}\s+({_HEAD_TITLES}){_TITLE_END}"
)
# '김영환(왼쪽 세 번째) 충북지사': a photo caption's position may sit between the name and the office
_PERSON_BEFORE = re.compile(r"(?<![가-힣])([가-힣])[가-힣]{1,3}(\([^)]{0,15}\))?\s+$")
_GLUED_HEAD = re.compile(rf"장{_TITLE_END}")
# '충북지사': the office may be attached; '산업통상자원부 제1차관': its rank before it
_TITLE_AFTER = re.compile(rf"\s*(?:제\d\s*)?({_HEAD_TITLES}){_TITLE_END}")
_EN_DELEGATION = re.compile(r"\b[Tt]he (?:[\w-]+-member )?(?:delegation|visitors)\b")
_EN_DELEGATION_FROM = re.compile(r"\bdelegation (?:from|of) (?:the )?(?:[\w-]+ ){0,3}$")
_FIRM_BESIDE = re.compile(r"(?<=[가-힣][와과]\s)회사(?=(가|는|도)\s)")
# '인하대병원 호흡기내과 정민석 교수', and later '정 교수 연구팀과': a professor's team stands for the
# university or hospital the professor was named with
_ORG_THEN_PROFESSOR = re.compile(
    r"(?:의)?\s+(?:[가-힣]{2,10}(?:과|실|센터|학부|교실)\s+)?([가-힣])[가-힣]{1,3}\s+교수"
)
_PROFESSOR_TEAM = re.compile(
    r"(?<![가-힣])([가-힣])(?:[가-힣]{1,3}\s?|\s?)교수\s*(?:연구팀|연구진|팀|연구실)(은|는|이|가|와|과)\s"
)
# '오 처장은': a person named again by surname and title stands for the organisation they head.
# '이정민 대표는': the full name works the same way.
_PERSON_ANAPHOR = re.compile(
    rf"(?<![가-힣])([가-힣])(?:[가-힣]{{1,3}}\s?|\s?)({_HEAD_TITLES})(은|는|이|가|와|과)\s"
)


@dataclass
class _State:
    subject: str | None = None
    governments: dict[str, str] = field(default_factory=dict)  # '시'/'도' → the city/province last named
    previous: list[str] = field(default_factory=list)  # the organisations the previous sentence named
    previous_anaphoric: bool = False  # the previous sentence's subject was 'it' or 'the company'
    pending: list[Relation] = field(default_factory=list)
    heads: dict[tuple[str, str], str] = field(default_factory=dict)  # (surname, title) → organisation
    group: list[str] = field(default_factory=list)  # the organisations of the last relation stated
    groups: list[list[str]] = field(default_factory=list)  # those of every relation stated so far
    body: str = ""
    day: str | None = None  # the first full date the article states: the day '이날' means
    topic: str | None = None  # the organisation the article is about ('회사는' stands for it)
    lead: str | None = None  # the headline's first actor, of any type ('협회는' stands for it)
    types: dict[str, str | None] = field(default_factory=dict)
    fund: list[str] = field(default_factory=list)  # the managers of the fund the article raised
    consortium_lead: str | None = None  # who was named the lead (주관기관) of a consortium
    last_type: str | None = None  # the type of the last relation stated
    owners: list[str] = field(default_factory=list)  # who runs the programme last named ('이 사업')
    # '전라남도는 … 대표단이 …', '대표단에는 A와 B 관계자 등이 함께했다': whose delegation, and who came along
    delegation: list[str] = field(default_factory=list)
    delegation_visited: bool = False  # the delegation has made a stop: a later stop is its own
    chooser: list[str] = field(default_factory=list)  # '산업부가 선정한 '…'' in the sentence just read
    company: str | None = None  # the last subject that was a company (not an investor)
    described: str | None = None  # the company the sentence just read described ('X는 … 기업이다')
    selected: list[str] = field(default_factory=list)  # those the last selection chose ('선정 기업들은')
    selected_date: str | None = None  # when they were chosen


def _heads(body: str, mentions) -> dict[tuple[str, str], str]:  # type: ignore[no-untyped-def]
    """'식약처는 오유경 처장이', '허은철 GC녹십자 대표': who heads which organisation."""
    heads: dict[tuple[str, str], str] = {}
    for a, b, name in mentions:
        m = _ORG_THEN_PERSON.match(body, b)
        if m:
            heads.setdefault((m.group(1), m.group(2)), name)
        before = _PERSON_BEFORE.search(body[max(0, a - 24) : a])
        t = _TITLE_AFTER.match(body, b)
        if before and t:
            heads.setdefault((before.group(1), t.group(1)), name)
        elif before and _GLUED_HEAD.match(body, b) and re.fullmatch(_HEAD_TITLES, name[-1] + "장"):
            # '지영미 질병관리청장': the office's head, its title glued to its name ('지 청장')
            heads.setdefault((before.group(1), name[-1] + "장"), name)
        if prof := _ORG_THEN_PROFESSOR.match(body, b):
            heads.setdefault((prof.group(1), "교수"), name)  # '인하대병원 호흡기내과 정민석 교수 연구팀이'
    return heads


def _anaphors(sent: Sentence, mentions, state: _State) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    """Type nouns ('재단이') and people ('오 처장은') standing for an organisation named before."""
    out = []
    for m in _TYPE_ANAPHOR.finditer(sent.text):
        pos = sent.start + m.start()
        word = m.group(1) or m.group(2) or m.group(3)
        before = [name for a, _b, name in mentions if a < pos and name.endswith(word)]
        if before:
            # '협회 대표단은': the association the article is about, else the one named last
            lead = state.lead if state.lead in before else before[-1]
            out.append((pos, pos + len(word), lead))
    for m in _EN_TYPE_ANAPHOR.finditer(sent.text):
        # 'an agreement with the state-run institute': the institute named last before
        pos = sent.start + m.start()
        kinds = _EN_TYPE_WORDS[m.group(1).lower()]
        before = [name for a, _b, name in mentions if a < pos and state.types.get(name) in kinds]
        if before:
            out.append((pos, sent.start + m.end(), before[-1]))
    m = _GROUP_ANAPHOR.match(sent.text)
    if m and _group_size(m.group(1)) == 2 and _introduced_partner(state):
        # '이엔셀이 임상 시료 생산을 맡는다. 양사는 …': the company the article is about and the
        # partner the sentence before introduced
        out += [(sent.start, sent.start + m.start(2), name) for name in (state.topic, state.previous[0])]
    elif m and (_group_size(m.group(1)) or 0) >= 2 and len(state.previous) == _group_size(m.group(1)):
        # '아주대병원과 메디스케일러의 인연은 지난해 시작됐다. 양측은 …', '(A는 자문을, B는 전략을, C는
        # 검토를 맡는다.) 세 기관 관계자들은 …': as many as the sentence before named
        out += [(sent.start, sent.start + m.start(2), name) for name in state.previous]
    elif m and len(state.group) >= 2 and _group_size(m.group(1)) in (None, len(state.group)):
        # '양사는', '세 기관은': the organisations just named together (two means two, not four investors)
        out += [(sent.start, sent.start + m.start(2), name) for name in state.group]
    elif (
        m
        and _group_size(m.group(1)) == 2
        and len(state.previous) == 1
        and state.topic not in (None, state.previous[0])
    ):
        # '(종근당은 50억원을 투자해 … 이름을 올렸다.) 양사는 앞서 … 계약을 체결한 바 있다': the company the
        # article is about and the one the sentence before told, not an older pair
        out += [(sent.start, sent.start + m.start(2), name) for name in (state.topic, state.previous[0])]
    elif m and (size := _group_size(m.group(1))) and size >= 2:
        # '3개 기관은 …', '양 기관은' after other relations: the last group of that many
        sized = [g for g in reversed(state.groups) if len(g) == size]
        # '3개 기관은 … 공동연구 중간 성과를 발표할 예정이다': the article's partners, not the three VCs of
        # a round told in between
        earlier = next((g for g in sized if state.lead in g or state.topic in g), sized[0] if sized else None)
        # '(… 수행기관으로 A와 B, C를 선정했다.) 3개 기관은 컨소시엄을 꾸려': the selected, as many
        if earlier is None and re.search(r"기관", m.group(1)):
            # '5개 수행기관이': the selected of the last selection naming that many, not who selected them
            chosen = ([p for p in g if state.types.get(p) not in _PUBLIC] for g in reversed(state.groups))
            earlier = next((c for c in chosen if len(c) == size), None)
            last = state.groups[-1] if state.groups else []
            if earlier is None and len(last) > size and state.last_type == "selection":
                earlier = last[-size:]  # the chosen follow who chose them, an agency among them
        if _COMPANY_COUNT.search(m.group(1)):
            # '4개사는': a selection's selected; else the companies a list before named, as many
            earlier = _counted_companies(state, size) or _listed_companies(sent, mentions, state, size)
        if earlier:
            out += [(sent.start, sent.start + m.start(2), name) for name in earlier]
    pair = _PAIR_INSIDE.search(sent.text)
    pos = sent.start + pair.start() if pair else 0
    opening_pair = _GROUP_ANAPHOR.match(sent.text)
    if (
        pair
        and not opening_pair
        and len(state.group) == 2
        and not any(sent.start <= a < pos for a, _b, _n in mentions)
    ):
        # '이번 협약은 양사가 지난달 … 사업에 나란히 선정된 데 따른 것이다': the pair just told (not '보령과
        # 맺은 계약에 따라 양사가': the pair that sentence names)
        out += [(pos, pos + 2, name) for name in state.group]
    for m in _COUNTED_PARTNERS.finditer(sent.text):
        # '4개사와 삼성바이오로직스, 한국바이오협회는 … 협약을 체결했다': the four just selected, joined
        pos = sent.start + m.start(1)
        if not any(a <= pos < b for a, b, _ in out):
            out += [(pos, sent.start + m.end(1), name) for name in _counted_companies(state, int(m.group(2)))]
    for m in _FIRMS_AS_PARTNERS.finditer(sent.text):
        # '(… 한미약품과 롯데바이오로직스, VC 데일리파트너스가 공동 운영하는 프로그램이다.) 서울바이오허브는
        # 지난해 11월 세 회사와 업무협약을 맺고': the firms the sentence before named, as many
        pos = sent.start + m.start(1)
        size = _group_size(m.group(2))
        if size and not any(a <= pos < b for a, b, _ in out):
            # '(… VC 4곳이 참석했다.) 앞서 다케다는 4개사를 참여 기업으로 선정했다': firms chosen are no VCs
            chosen = re.match(r"[^.]{0,40}?(선정|선발|뽑)", sent.text[m.end() :])
            kinds = _COMPANY_TYPES if chosen else _COMPANY_TYPES | {"investor"}
            firms = _listed_companies(sent, mentions, state, size, kinds=kinds, back=4)
            out += [(pos, sent.start + m.end(1), name) for name in firms]
    if (m := _BODIES_CHOSEN.search(sent.text)) and len(state.previous) == _group_size(m.group(2)):
        # '(운용은 A가 GP를, B가 Co-GP를 맡는다.) 도와 X는 … 두 기관을 운용사로 선정했다': those two
        pos = sent.start + m.start(1)
        if not any(a <= pos < b for a, b, _ in out):
            out += [(pos, sent.start + m.end(1), name) for name in state.previous]
    if (m := _CHOSEN_PLACES.search(sent.text)) and not any(
        sent.start <= a < sent.end and state.types.get(n) in _COMPANY_TYPES for a, _b, n in mentions
    ):
        # '(첫 입주기업으로는 A와 B, C 등 3개사가 들어왔다.) … 공모에서 선정된 곳들로': those companies
        pos = sent.start + m.start()
        firms = [p for p in state.previous if state.types.get(p) in _COMPANY_TYPES | {None}]
        out += [(pos, sent.start + m.end(), name) for name in firms]
    if (m := _EN_PAIR.search(sent.text)) and len(state.group) == 2:
        # 'Tessaron kept the rights …, and the two companies are jointly developing …'
        pos = sent.start + m.start()
        pair = state.group
        if m.group(2).lower() in {"companies", "firms"}:
            # two companies: not a company and the hospital that ran its trial; of the article's company's
            # pairs, the partner the article names most ('The two companies first met at BIO-Europe'
            # after a line on its CDMO: the licensee it is about)
            pairs = [
                g
                for g in reversed(state.groups)
                if len(g) == 2 and all(state.types.get(p) in _COMPANY_TYPES for p in g)
            ]
            counts = Counter(name for _a, _b, name in mentions if _a < sent.start)
            own = [g for g in pairs if state.topic in g]
            # the pair whose partner the sentence before named ('… said Martin Hruby, Zentiva's …')
            just = [g for g in own if any(p in state.previous and p != state.topic for p in g)]
            here = set(state.previous) | {n for a, _b, n in mentions if sent.start <= a < sent.end}
            if pairs and set(pairs[0]) <= here:
                pair = pairs[0]  # the pair just told: 'Tessaron kept the rights …, and the two companies'
            elif just:
                pair = just[0]
            elif len(own) >= 2:
                pair = max(own, key=lambda g: counts[g[0]] + counts[g[1]])
            elif pairs:
                pair = pairs[0]
        out += [(pos, sent.start + m.end(), name) for name in pair]
    for m in _DELEGATION.finditer(sent.text):  # '대표단은 전날 …': the organisation it came from
        pos = sent.start + m.start()
        before = [name for a, b, name in mentions if b <= pos and _DELEGATION_OF.match(state.body, b)]
        if any(a <= pos < b for a, b, _ in mentions):
            continue
        if before:
            out.append((pos, pos + len(m.group(1)), before[-1]))
        elif state.delegation and m.group(1) == "대표단":
            # the delegation a province sent, with those who came along ('대표단에는 A와 B 관계자 등')
            out += [(pos, pos + len(m.group(1)), name) for name in state.delegation]
    for m in _THIS_COMPANY.finditer(sent.text):
        # '(라이언게이트캐피털은 … 투자사다.) 큐어스피어가 지난해 이 회사로부터 투자를 받은 바 있다'
        if state.subject and state.types.get(state.subject) in _COMPANY_TYPES | {"investor"}:
            pos = sent.start + m.start()
            out.append((pos, pos + len(m.group(1)), state.subject))
    for m in _SELECTED_ONES.finditer(sent.text):
        # '선정 기업 대표들은 … 계획을 발표했다', '4개 선정 기업은 이 자리에서': those the selection chose
        pos = sent.start + m.start()
        size = _group_size(m.group(1) or "")
        if re.search(r"지난해|작년|\d+기|첫해|이전", sent.text[max(0, m.start() - 15) : m.start()]):
            continue  # '지난해 처음 열린 1기 챌린지 선정 기업들은': another call's
        if (
            state.selected
            and size in (None, len(state.selected))
            and not any(a <= pos < b for a, b, _ in out)
        ):
            out += [(pos, sent.start + m.end() - 2, name) for name in state.selected]  # up to its particle
    m = _THESE.search(sent.text)
    if m and len(state.previous) >= 2:  # '… 노블셀젠 등 3개사가 들어섰다. … 이들 기업을 최종 선정했다'
        pos = sent.start + m.start()
        out += [(pos, sent.start + m.end(1 if m.group(1) else 4), name) for name in state.previous]
    for m in _EN_NATIONAL.finditer(sent.text):
        # 'The Swiss company signed …' after 'Swiss drugmaker Helvion Pharma': the one so described
        pos = sent.start + m.start()
        described = [
            name
            for a, _b, name in mentions
            if a < pos
            and re.search(rf"\b{_nation(m.group(1))}\s+(\w+\s+){{0,3}}$", state.body[max(0, a - 50) : a])
        ]
        # of two so described ('Swiss contract manufacturer Lonza'), the one talked about last
        last = next((name for a, _b, name in reversed(mentions) if a < pos and name in described), None)
        if last and not any(a <= pos < b for a, b, _ in mentions):
            out.append((pos, sent.start + m.end(), last))
    for m in _EN_OFFICE.finditer(sent.text):  # 'the minister hosted a roundtable': the ministry named before
        pos = sent.start + m.start()
        ends = _EN_OFFICE_ENDS[m.group(1).lower()]
        before = [name for a, _b, name in mentions if a < pos and name.endswith(ends)]
        if before and not any(a <= pos < b for a, b, _ in mentions):
            out.append((pos, sent.start + m.end(), before[-1]))
    embassies = [name for _a, _b, name in mentions if name.endswith("대사관") or "Embassy" in name]
    for m in _AMBASSADOR.finditer(sent.text):  # '주한 체코대사 일행이 … 찾아': the embassy visits
        pos = sent.start + m.start()
        if len(set(embassies)) == 1 and not any(a <= pos < b for a, b, _ in mentions):
            out.append((pos, sent.start + m.end(), embassies[0]))
    for m in _EN_DELEGATION.finditer(sent.text):
        # 'A delegation from German drugmaker Boehringer Ingelheim visited …. The next day, the delegation
        # headed to SNUH': the organisation that sent it
        pos = sent.start + m.start()
        senders = [
            name
            for a, b, name in mentions
            if b <= pos
            and (
                _EN_DELEGATION_FROM.search(state.body[max(0, a - 60) : a])
                or re.match(r"['’]?s?\s+delegation\b", state.body[b : b + 14])
            )
        ]
        if senders and not any(a <= pos < b for a, b, _ in mentions):
            out.append((pos, sent.start + m.end(), senders[-1]))
    for m in _FIRM_BESIDE.finditer(sent.text):
        # "'…사업'에 병원과 회사가 공동으로 선정돼": the company the article is about, beside its partner
        pos = sent.start + m.start()
        firm = state.topic if state.types.get(state.topic) in _COMPANY_TYPES else state.company
        if firm:
            out.append((pos, pos + 2, firm))
    for m in _PROFESSOR_TEAM.finditer(sent.text):
        name = state.heads.get((m.group(1), "교수"))
        pos = sent.start + m.start()
        if name and not any(a <= pos < b for a, b, _ in mentions):
            out.append((pos, sent.start + m.end(2) - len(m.group(2)), name))
    for m in _PERSON_ANAPHOR.finditer(sent.text):
        name = state.heads.get((m.group(1), m.group(2)))
        if name:
            pos = sent.start + m.start()
            out.append((pos, sent.start + m.end(2), name))
    return out


_THIS_COMPANY = re.compile(r"(?<![가-힣])(이\s*회사)(로부터|에서|와|과|의|에)\s")


# '전라남도는 김영록 지사를 단장으로 한 백신산업 대표단이 …': the sentence's subject sends a delegation
_SENDS_DELEGATION = re.compile(r"^[^.]{0,60}?(은|는)\s[^.]{0,60}?대표단(이|을)\s")
# '대표단에는 전남바이오진흥원과 화순군, 화순전남대학교병원 관계자 등 15명이 함께했다'
_DELEGATION_MEMBERS = re.compile(
    r"^(이번\s*)?대표단(에는|에)\s[^.]*(함께했|함께 했|동행했|참여했|참가했|포함됐)"
)


def _track_delegation(sent: Sentence, inside, state: _State) -> None:  # type: ignore[no-untyped-def]
    """Who a delegation stands for: the organisation that sent it, then those told to come along."""
    names = list(dict.fromkeys(name for _a, _b, name in inside))
    if _SENDS_DELEGATION.match(sent.text) and names and any(a == sent.start for a, _b, _n in inside):
        state.delegation = [names[0]]
    elif _DELEGATION_MEMBERS.match(sent.text) and state.delegation:
        state.delegation += [n for n in names if n not in state.delegation]


def _introduced_partner(state: _State) -> bool:
    """The sentence before named one organisation alone, new to the last relation, beside the topic."""
    return (
        len(state.previous) == 1
        and state.topic is not None
        and state.previous[0] != state.topic
        and state.previous[0] not in state.group
    )


_SELECTED_ONES = re.compile(
    r"(?<![가-힣])(\d+\s*개\s*)?(?:최종\s*)?선정\s*(기업|업체|스타트업|팀)(?:들)?(?:\s*대표(?:들)?)?(?:은|는|이|가|도)\s"
)
_PAIR_INSIDE = re.compile(r"(?<=\s)양사(가|는|이)\s")
_COMPANY_COUNT = re.compile(r"개사|개\s*기업|곳")
# not '▲A ▲B ▲C 등 3개사를': a count closing the list it follows
_FIRMS_AS_PARTNERS = re.compile(
    r"(?<![가-힣\d])(?<!등\s)((두|세|[2-5]개)\s*(회사|기업|업체|사))(?:와|과|을|를)\s"
)
_COUNTED_PARTNERS = re.compile(r"(?<![가-힣\d])(([2-9])\s*개사)(?:와|과|,)\s")
_BODIES_CHOSEN = re.compile(r"(?<![가-힣])((두|세|[2-5]개)\s*기관)(을|를)\s[^.]{0,20}?(선정|선발)")
_CHOSEN_PLACES = re.compile(r"(선정된|뽑힌|선발된)\s*(곳들|기업들|업체들|회사들)(로|이다|이며|은|이)")
_THESE = re.compile(  # '이들 기업을', '이들 3개 병원과', '(▲A ▲B ▲C …) 이들은'
    r"(?<![가-힣])이들\s*(?:(?:\d+\s*개|두|세|네|다섯)\s*)?(기업|업체|스타트업|회사|기관|병원|대학)(들)?"
    r"(을|를|은|는|이|가|의|과|와|에)?\s|^(이들)(은|는)\s"
)
# an ambassador acting (not one watching: '대사가 지켜보는 가운데' leaves the embassy out of the deal)
_AMBASSADOR = re.compile(
    r"(?<![가-힣])[가-힣]{0,6}대사(\s*일행)?(?=(은|는|이|가|도)\s(?![^.]{0,10}(지켜보|참석한\s*가운데|배석)))|"
    r"\b[Tt]he ambassador\b"
)
_EN_NATIONAL = re.compile(
    r"\b[Tt]he (Swiss|German|Japanese|Chinese|French|British|Danish|Dutch|Belgian|Swedish|Israeli|"
    r"Indian|Canadian|Australian|Italian|Spanish|American|U\.S\.|US) "
    r"(company|firm|drugmaker|biotech|developer|distributor|group)\b"
)
# "Germany's Boehringer Ingelheim" is described as German as much as 'German drugmaker X' is
_COUNTRY_OF = {
    "Swiss": "Switzerland", "German": "Germany", "Japanese": "Japan", "Chinese": "China", "French": "France",
    "British": "Britain|the U\\.K\\.|the UK", "Danish": "Denmark", "Dutch": "the Netherlands",
    "Belgian": "Belgium", "Swedish": "Sweden", "Israeli": "Israel", "Indian": "India", "Canadian": "Canada",
    "Australian": "Australia", "Italian": "Italy", "Spanish": "Spain",
}  # fmt: skip


def _nation(adjective: str) -> str:
    """A pattern for the adjective or its country's possessive ('German' or "Germany's")."""
    country = _COUNTRY_OF.get(adjective)
    adjective = re.escape(adjective)
    return f"(?:{adjective}|(?:{country})['’]s)" if country else adjective


_EN_OFFICE = re.compile(r"\b[Tt]he (minister|ministry|mayor|governor)\b")
_EN_OFFICE_ENDS = {"minister": ("부", "처"), "ministry": ("부", "처"), "mayor": ("시",), "governor": ("도",)}


def _counted_companies(state: _State, size: int) -> list[str]:
    """The companies of the last group naming `size` of them (the selecting drugmaker is not one)."""
    companies = ([p for p in g if state.types.get(p) in _SMALL_COMPANIES] for g in reversed(state.groups))
    return next((c for c in companies if len(c) == size), [])


def _listed_companies(  # type: ignore[no-untyped-def]
    sent: Sentence, mentions, state: _State, size: int, *, kinds: set[str] = _SMALL_COMPANIES, back: int = 0
) -> list[str]:
    """The companies of the last sentence before `sent` (of the last `back` ones, if given) that names
    exactly `size` of them ('▲펩타노바(…) ▲카디넥스바이오(…) … 등 8개사가 발표했다. … 8개사는 …')."""
    befores = list(reversed(split_sentences(state.body[: sent.start])))
    for before in befores[:back] if back else befores:
        start = before.start
        named = [n for a, _b, n in mentions if start <= a < start + len(before.text)]
        companies = list(dict.fromkeys(n for n in named if state.types.get(n) in kinds))
        if len(companies) == size:
            return companies
    return []


def _group_size(word: str) -> int | None:
    if word.startswith(("양", "두")):
        return 2
    if word.startswith("세"):
        return 3
    digit = re.match(r"\d", word)
    return int(digit.group()) if digit else None


def _track_government(state: _State, inside, types: dict[str, str | None]) -> None:  # type: ignore[no-untyped-def]
    for _a, _b, name in inside:
        if types.get(name) == "government" and name.endswith(("시", "도")):
            state.governments[name[-1]] = name


def _anaphoric_government(sent: Sentence, state: _State) -> list[tuple[int, int, str]]:
    """'시와 BMS 공동으로' in a Seoul press release: 시 is the city the article is about."""
    out = []
    for m in re.finditer(r"(?<![가-힣])([시도])(?:(와|과|는|가|의)\s|·)", sent.text):
        if name := state.governments.get(m.group(1)):
            out.append((sent.start + m.start(), sent.start + m.start() + 1, name))
    return out
