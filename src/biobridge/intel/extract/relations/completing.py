"""Steps over the whole article that add parties or relations a sentence left out: the
consortium's lead, a visit's host and visitor, the article's topic, bullet pairs, the headline."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from biobridge.intel.extract.amounts import find_amounts
from biobridge.intel.extract.gazetteer import key
from biobridge.intel.extract.headline import headline_phrases, headline_type
from biobridge.intel.extract.orgs import Organization
from biobridge.intel.extract.relations.kinds import (
    _COMPANY_TYPES,
    _PUBLIC,
    _acting_type,
    _investor_name,
    _region,
)
from biobridge.intel.extract.relations.merging import _same_day
from biobridge.intel.extract.relations.patterns import _QUOTE, _RAISED
from biobridge.intel.extract.relations.relation import EARLIER_ROUND_NAME, Relation, _stated, deal_dates
from biobridge.intel.extract.relations.triggers import _HOPE
from biobridge.intel.extract.text import Sentence

_STRONGER = {"mou", "contract", "investment", "selection"}


_BARE_CONSORTIUM = re.compile(r"^(이|해당|이번|같은)?\s*컨소시엄(에는|에|엔)\s")
# 'A병원 컨소시엄', 'A(원장 …)은 … 9개 기관과 함께 '… 컨소시엄'을 구성하고': the consortium is A's
_LEADS_CONSORTIUM = re.compile(
    r"\s*컨소시엄|(\([^)]*\))?(은|는|이|가)\s[^.]{0,100}?컨소시엄['’\"”]?(을|를)\s*(구성|꾸|출범|발족|결성)"
)


def _add_consortium_lead(r: Relation, sent: Sentence, body: str, mentions) -> None:  # type: ignore[no-untyped-def]
    """'A병원 컨소시엄에는 … 투입된다. 컨소시엄에는 B, C가 참여한다': the consortium is A's."""
    if r.type != "partnership" or not _BARE_CONSORTIUM.match(sent.text):
        return
    lead = next(
        (name for a, b, name in reversed(mentions) if b <= sent.start and _LEADS_CONSORTIUM.match(body, b)),
        None,
    )
    if lead and lead not in r.parties:
        r.parties.insert(0, lead)


_HOSTED = re.compile(r"(방문단|대표단|일행|손님)(을|를)\s*(맞|맞이|영접|환영)|맞이한|\bwelcomed\b|\bhosted\b")


def _join_host(found: list[Relation]) -> list[Relation]:
    """'경영진 7명은 송도 캠퍼스를 찾아 …' then '방문단을 맞은 삼성바이오로직스는 …': a visitor told in one
    sentence and its host in the next are one visit."""
    out: list[Relation] = []
    for r in found:
        o = next((x for x in reversed(out) if x.type == "visit"), None)
        if (
            o is not None
            and r.type == "visit"
            and len(o.parties) == len(r.parties) == 1
            and o.parties != r.parties
            and 0 <= r.start - o.end <= 300
            and _HOSTED.search(r.evidence)
        ):
            o.parties.append(r.parties[0])
            o.extra_evidence.append(r.evidence)
            continue
        out.append(r)
    return out


# Who is selected, funded, contracted or visited when the sentence does not say: Korean drops the
# subject the article is about ('중기부의 팁스에도 선정됐다', 'LB인베스트먼트가 참여했다').
_TOPIC_TYPES = {"selection", "investment", "contract", "visit"}
# The side a sentence names when it leaves the topic out: investors, the selecting body, the officials
# who toured (the mayor 'toured the new facility': the article's company is the host).
_GIVERS = {"investment": {"investor"}, "selection": _PUBLIC, "visit": _PUBLIC}


def _topic(title: str | None, orgs: list[Organization], *, companies_only: bool = False) -> str | None:
    """The organisation the article is about: the headline's first actor the body names, else the
    company named most often. `companies_only`: the company it is about ('회사는' stands for it)."""
    pool = [o for o in orgs if _acting_type(o.type) in _COMPANY_TYPES] if companies_only else orgs
    by_name = {key(m.text): o.canonical for o in pool for m in o.mentions}
    by_name.update({key(o.canonical): o.canonical for o in pool})
    for o in pool:  # '디지털헬스산업협회, 제5대 회장에 …': the headline drops the national prefix
        national = re.match(r"(한국|대한)(?=[가-힣]{4,})", o.canonical)
        if national:
            by_name.setdefault(key(o.canonical[national.end() :]), o.canonical)
    if title and title.isascii():  # 'Neuvantis Bio teams up with Lonza': the name it opens with
        opening = [n for n in by_name if n.isascii() and len(n) >= 3 and key(title).startswith(n)]
        if opening:
            return by_name[max(opening, key=len)]
    for phrase in headline_phrases(title):
        # '충남대 창업기업 아르테나바이오': a description, then the name
        for text in (phrase.text, phrase.text.split()[-1]):
            if phrase.role == "actor" and (name := by_name.get(key(text))):
                return name
    companies = [o for o in orgs if _acting_type(o.type) in _COMPANY_TYPES]
    if not companies:
        return None
    # '국산 일회용 배양백, 롯데바이오 송도공장 뚫었다…큐브팩바이오 62억 공급계약': the one company the
    # headline names in full, wherever it stands
    # (not when the headline opens on a one-word name the body spells otherwise: '노스브릿지인베, …')
    described = all(len(p.text.split()) >= 2 for p in headline_phrases(title) if p.role == "actor")
    titled = {n for t, n in by_name.items() if title and len(t) >= 3 and t in key(title)}
    if (
        companies_only
        and described
        and len(titled) == 1
        and (name := titled.pop()) in {o.canonical for o in companies}
    ):
        return name
    top = max(companies, key=lambda o: len(o.mentions))
    if companies_only and len(companies) == 1:
        return top.canonical  # the one company the article names is the one '회사는' means
    runner_up = max((len(o.mentions) for o in companies if o is not top), default=0)
    return top.canonical if len(top.mentions) >= max(3, 2 * runner_up) else None


# '김관영 도지사 등 출장단은 … 모더나를 방문해': officials or a delegation visit on behalf of the
# government the article is about.
_OFFICIAL_VISITOR = re.compile(
    r"(출장단|대표단|방문단|사절단|시찰단|일행|도지사|지사|시장|군수|구청장|장관|차관|청장|원장|대사)"
    r"(은|는|이|가|과|와|도|등)?\s|\b(delegation|officials|minister|mayor|governor)\b"
)


_THE_PARTY = re.compile(r"(출장단|대표단|방문단|사절단|시찰단|일행)(은|는|이|가)\s")


def _complete_trip(found: list[Relation], types: dict[str, str | None], mentions) -> None:  # type: ignore[no-untyped-def]
    """'경상북도 투자유치단이 바젤을 찾았다 … 첫 일정으로 로슈 본사를 찾았다. 이튿날에는 바젤대학교를
    방문했다': the hosts of a trip told stop by stop were visited by the trip's visitors (those its
    visits name in the sentence, other than the places visited)."""
    visitors: list[str] = []
    for r in found:
        if r.type != "visit":
            continue
        if len(r.parties) >= 2:
            hosts = {r.host} if r.host else _named_hosts(r, mentions)
            if hosts:
                visitors = [p for p in r.parties if p not in hosts and p not in r.here_only] or visitors
            else:  # '김 지사와 김 차관이 … 단지를 함께 찾아': those named before the visitor's mark
                marks = list(_VISITOR_MARK.finditer(r.evidence))
                first = (
                    [n for a, _b, n in mentions if r.start <= a < r.start + marks[0].start()] if marks else []
                )
                visitors = [p for p in r.parties if p in first] or r.parties[:1]
        elif types.get(r.parties[0]) == "government" and not visitors:
            visitors = r.parties[:1]  # the delegation setting out, with a place for host
        elif visitors and r.parties[0] not in visitors:
            official = _OFFICIAL_VISITOR.search(r.evidence)
            # '이어 방문단은 X로 자리를 옮겼다': the trip's delegation; '장관이 X를 찾아': its own visitor
            if official is None or _THE_PARTY.match(official.group(0)):
                r.parties[:0] = visitors


def _complete_visitor(found: list[Relation], orgs: list[Organization]) -> None:
    """The visitor a sentence leaves out is the government the article names most."""
    governments = [o for o in orgs if o.type == "government"]
    if not governments:
        return
    visitor = max(governments, key=lambda o: len(o.mentions)).canonical
    public = {o.canonical for o in governments}
    for r in found:
        # a lone ministry is the visitor itself ('장관이 … 특화단지를 찾아'), not a host
        lone_host = r.type == "visit" and len(r.parties) == 1 and r.parties[0] not in public
        if lone_host and _OFFICIAL_VISITOR.search(r.evidence):
            r.parties.insert(0, visitor)


# the last verb of a visit: '… 생산단지를 찾아 A와 B 시설을 잇달아 둘러봤다' lists the stops before it
_VISIT_VERB = re.compile(r"방문|찾아|찾았|찾은|들른|들렀|들러|둘러보|둘러봤|둘러본|돌아보|돌아봤")
# who visits: a delegation or official as subject, or a name marked as subject or as coming along
_VISITOR_MARK = re.compile(
    r"(대표단|방문단|사절단|시찰단|출장단|일행|장관|차관|지사|시장|군수|처장|청장|원장|대사|부회장|회장|국장)"
    r"(\s*\d+\s*명)?(은|는|이|가)\s"
)
# '충북대와 개발원 관계자들은 … 찾아': a visitor joined by 와 to the one whose people went
_AS_VISITOR = re.compile(
    # '빈즈엉메디칼(Binh Duong Medical) 구매 담당 임원단이': its people came
    r"^\)?(\([^)]*\))?((은|는|이|가)\s|(와|과)\s*함께\s|\s*([가-힣]{1,6}\s){0,2}(대표단|방문단|일행|관계자|임원단)|"
    r"(와|과)\s[가-힣]{2,12}\s(대표단|방문단|일행|관계자))"
)
_AS_PLACE = re.compile(r"^(에|에서|에는)\s")  # '포항에 도착해 첫 일정으로 X를 찾았다': a place, not a stop


_ONLY_A_MOVE = re.compile(
    r"^(?![^.]*(방문|찾아|찾았|찾은|들른|들렀|들러)).*자리를\s*옮|^(?![^.]*(방문|찾))[^.]*첫\s*일정"
)


def _only_stops(r: Relation, found: list[Relation]) -> bool:
    """Every party of the visit is a stop told elsewhere with its visitors: a subtitle's list."""
    others = [x for x in found if x.type == "visit" and x is not r and len(x.parties) > 1]
    # no sentence's ending, Korean or English ('… on Monday, Dong-A ST said Wednesday.' is a sentence)
    headline = not re.search(r"(다\.?|[A-Za-z0-9)]\.)[\"”'’]?\s*$", r.evidence.strip())
    return (
        headline
        and len(r.parties) >= 2
        and all(
            any(p in x.parties and len(set(x.parties) - set(r.parties)) > 0 for x in others)
            for p in r.parties
        )
    )


def _one_visit_per_stop(found: list[Relation], mentions) -> list[Relation]:  # type: ignore[no-untyped-def]
    """'대표단은 A와 B, C를 잇달아 찾았다': one visit per stop, each with the visitors."""
    out: list[Relation] = []
    for r in found:
        if r.type == "visit" and _ONLY_A_MOVE.search(r.evidence) and not _named_hosts(r, mentions):
            continue  # '공장 2층 대회의실로 자리를 옮겨 … 서명했다': a room, not a stop
        if r.type == "visit" and _only_stops(r, found):
            continue  # '모더나·다케다 연구소도 찾아': the stops told again without the visitor
        verbs = list(_VISIT_VERB.finditer(r.evidence)) if r.type == "visit" and len(r.parties) >= 3 else []
        if not verbs or not re.search("[가-힣]", r.evidence):
            out.append(r)
            continue
        cut = r.start + verbs[-1].start()
        marks = [m.end() for m in _VISITOR_MARK.finditer(r.evidence, 0, verbs[-1].start())]
        begin = r.start + (marks[-1] if marks else 0)
        hosts: list[str] = []
        for a, b, name in mentions:
            if not (begin <= a and b <= cut) or name not in r.parties:
                continue
            if _AS_VISITOR.match(r.evidence[b - r.start :]):
                hosts = []  # the subject or a companion: the stops come after it
            elif name not in hosts and not _AS_PLACE.match(r.evidence[b - r.start :]):
                hosts.append(name)
        visitors = [p for p in r.parties if p not in hosts]
        told = [x for x in found if x.type == "visit" and x is not r and set(hosts) & set(x.parties)]
        if len(hosts) >= 2 and not visitors and told:
            continue  # '케이메디허브 이어 A·B 잇따라 찾아': the stops told again, without the visitor
        if len(hosts) < 2 or not visitors:
            out.append(r)
            continue
        out += [replace(r, parties=[*visitors, host], host=host) for host in hosts]
    return out


_PLACE_NAME = re.compile(r"(단지|산단|특구|타운|밸리|지구)$")


def _place_toured(r: Relation, found: list[Relation], mentions) -> bool:  # type: ignore[no-untyped-def]
    """A visit to an industrial complex or zone whose visitors go on to stops told after it."""
    hosts = _named_hosts(r, mentions)
    if not hosts or not all(_PLACE_NAME.search(h) for h in hosts):
        return False
    visitors = set(r.parties) - hosts
    return any(x.type == "visit" and x.start > r.end and visitors & set(x.parties) for x in found)


def _joined_from_here(found: list[Relation], body: str, mentions) -> None:  # type: ignore[no-untyped-def]
    """'오후 일정부터는 한국연구재단 관계자들이 합류해 …': visitors at the stops told after, not before."""
    for m in _JOINED_FROM.finditer(body):
        # the whole sentence: searched from '부터' on, as a leading '[^.]*' would rescan the body
        start, end = body.rfind(".", 0, m.start()) + 1, m.end()
        joiners = [name for a, _b, name in mentions if start <= a < end]
        before = [r for r in found if r.type == "visit" and r.start < start]
        if not joiners or not before:
            continue
        visitors = set(before[-1].parties) - {before[-1].host}
        # '이 자리부터는 X가 합류해 남은 일정을 함께했다': from the stop just told on
        here = before[-1] if m.group("here") else None
        for r in found:
            if r.type == "visit" and (r.start > end or r is here) and visitors & set(r.parties):
                r.parties.extend(p for p in joiners if p not in r.parties)


def _welcomed_together(found: list[Relation], body: str, mentions) -> None:  # type: ignore[no-untyped-def]
    """'현장에서는 이 회사 대표와 X 원장이 함께 일행을 맞아 …': X is a host of the stop just told."""
    for m in _WELCOMED.finditer(body):
        # the people welcoming are named by their title ('X 원장이'); not 'Y 관리를 맡은'
        hosts = [name for a, b, name in mentions if m.start() <= a < m.end() and _HEAD_AFTER.match(body, b)]
        told = [r for r in found if r.type == "visit" and r.end <= m.start()]
        if hosts and told:
            told[-1].parties.extend(h for h in hosts if h not in told[-1].parties)
    # '충북도와 재단은 … 대표단을 맞아': the names the sentence opens on host the stop just told
    for m in _WELCOMED_BY.finditer(body):
        subject = [x for x in mentions if m.start("subj") <= x[0] < m.end("subj")]
        bounds = [m.start("subj"), *(p for a, b, _name in subject for p in (a, b)), m.end("subj")]
        gaps = [body[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
        told = [r for r in found if r.type == "visit" and r.end <= m.start("subj")]
        if subject and told and all(_HOSTS_GAP.match(g) for g in gaps):
            told[-1].parties.extend(x[2] for x in subject if x[2] not in told[-1].parties)


_HEAD_AFTER = re.compile(
    r"\s+(대표이사|대표|원장|센터장|소장|단장|이사장|회장|본부장|청장|총장|병원장|관계자|임직원|사장)(이|가|과|와|도|들)?\s"
)
_WELCOMED = re.compile(
    r"(?<![^\s.])현장에서(는|도)?\s[^.]*?(일행|방문단|대표단|시찰단|사절단)(을|를)\s*(맞아|맞았|맞이)"
)
_WELCOMED_BY = re.compile(
    r"(?:(?<=[.\n])\s*|^)(?P<subj>[^.\n]{2,60}?)(은|는|이|가)\s[^.]*?(일행|방문단|대표단|시찰단|사절단)(을|를)\s*"
    r"(맞아|맞았|맞이)",
    re.MULTILINE,
)
# between the hosts: a separator, and maybe a short word for one just named ('충북도와 재단은')
_HOSTS_GAP = re.compile(r"^\s*(와|과|,|·)?\s*([가-힣]{1,5}\s*)?$")
_JOINED_FROM = re.compile(
    r"((일정|방문|순서)|(?P<here>(이|그)\s*(자리|곳|방문지)))부터(는|도)?\s[^.]*합류(해|했|하며|하고)[^.]*\."
)


def _companions_at_every_stop(found: list[Relation]) -> None:
    """'대표단에는 바이오파르마 임원들도 동행했다': those who came along are visitors at every stop of
    the trip (the visits of that day sharing a visitor with the one they joined)."""
    for v in [r for r in found if r.type == "visit" and r.companions]:
        core = set(v.parties) - set(v.companions)
        # '13일부터 19일까지 스위스와 독일을 방문해 …': the stops of a trip of several days, from its first
        trip = v.date and _DAYS_SPAN.search(v.evidence)
        whole = any(_WHOLE_TRIP.search(e) for e in v.extra_evidence)
        stops = 0
        for r in found:
            on_trip = (
                _same_day(r.date, v.date)
                or bool(trip and (r.date is None or r.date >= v.date))
                or (whole and r.start > v.start)
            )
            if r.type == "visit" and r is not v and core & set(r.parties) and on_trip:
                r.parties.extend(p for p in v.companions if p not in r.parties)
                stops += 1
        if trip and stops:
            found.remove(v)  # the trip as a whole names no host: its stops are the visits


def _left_before_last_stop(found: list[Relation], body: str, mentions) -> None:  # type: ignore[no-untyped-def]
    """'(… 포스텍을 방문한 뒤 일정을 마무리했다.) X 관계자들은 대구 일정까지만 동행했다': X did not come
    along to the stop just told."""
    for m in _ONLY_UNTIL.finditer(body):
        who = next((name for a, b, name in mentions if a <= m.start() < b), None)
        told = [r for r in found if r.type == "visit" and r.start < m.start() and who in r.parties]
        if who and told and m.group(1) not in told[-1].evidence and len(told) >= 2:
            told[-1].parties.remove(who)


_ONLY_UNTIL = re.compile(r"\S+?(?:\s*관계자(?:들)?)?(?:은|는)\s+([가-힣]{2,6})\s*일정까지만\s*(?:동행|함께)")
_ROUND_RAISED_SHORT = re.compile(
    r"(시리즈\s*[A-D]|시드|프리\s*[A-D]|투자)\s*[\d,.]+\s*억(원)?\s*유치"
)  # '시리즈A 120억 유치'
_DAYS_SPAN = re.compile(r"\d+일부터\s*(\d+월\s*)?\d+일까지")
# '대사관 관계자들이 사흘 일정에 모두 동행했다': along on every day of the trip
_WHOLE_TRIP = re.compile(r"(전|모든|(이틀|사흘|나흘|닷새|엿새)\s*)\s*일정에\s*(모두\s*)?(동행|함께)")


def _complete_with_topic(  # type: ignore[no-untyped-def]
    found: list[Relation], topic: str | None, types: dict[str, str | None], mentions
) -> None:
    if topic is None:
        return
    for r in found:
        if r.type not in _TOPIC_TYPES or topic in r.parties:
            continue
        # a ministry alone 'investing' spends its budget: no investee is implied
        budget = r.type == "investment" and types.get(r.parties[0]) == "government"
        # a lone visitor often came as a delegation with no host organisation named
        lone = len(r.parties) == 1 and not budget and r.type != "visit"
        # only the giving side named: investors without the investee, a ministry without whom it chose
        givers_only = all(
            types.get(p) in _GIVERS.get(r.type, ()) or (r.type == "investment" and _investor_name(p))
            for p in r.parties
        )
        # '도는 중기부로부터 특구로 지정받았다': the receiving side is named, even if public; a region
        # beside a ministry is the side selected
        received = r.type == "selection" and (
            _FROM.search(r.evidence) or (len(r.parties) >= 2 and any(_region(p, types) for p in r.parties))
        )
        # a public visitor touring without a named host visited the article's company, not a city
        hostless = r.type == "visit" and types.get(topic) not in _COMPANY_TYPES | {None}
        # '신타렉스는 최근 후속 투자도 확보했다': a company raising money; a drugmaker (or an institute)
        # the article is about is not its investor for that
        raised = (
            r.type == "investment"
            and lone
            and types.get(r.parties[0]) in _COMPANY_TYPES | {None}
            and types.get(topic)
            in _COMPANY_TYPES | {"research_institute", "university", "hospital", "association"}
            and bool(_RAISED.search(r.evidence) or _ROUND_RAISED_SHORT.search(r.evidence))
        )
        # '김 지사는 이날 오후 진흥원을 찾아': a visitor and the host it names make a stop of their own
        # '이어 방문단은 X로 자리를 옮겼다': a stop whose visitors the trip supplies, not the topic
        own_stop = r.type == "visit" and bool(_named_hosts(r, mentions))
        if (lone or givers_only) and not received and not hostless and not raised and not own_stop:
            r.parties.append(topic)


_VISITED = re.compile(
    r"^\)?(\([^)]*\))?\s*((의\s(?:(?!(은|는|이|가)\s)[^.,]){0,30}?)?(본사|공장|캠퍼스|센터|연구소|시설)\S{0,3}?)?"
    r"((을|를)\s*((직접|함께|나란히|잇따라|잇달아|차례로)\s*)?(찾|방문)|(으로|로)\s*(자리를|발길을|발걸음을)\s*옮)"
)


def _named_hosts(r: Relation, mentions) -> set[str]:  # type: ignore[no-untyped-def]
    """The parties the visit's sentence names as the place visited ('진흥원을 찾아', 'X 본사를 방문해',
    'X로 자리를 옮겼다', '첫 일정은 X였다')."""
    return {
        name
        for a, b, name in mentions
        if r.start <= a
        and b <= r.end
        and name in r.parties
        and (_VISITED.match(r.evidence[b - r.start :]) or _FIRST_STOP.search(r.evidence[: a - r.start]))
    }


_FIRST_STOP = re.compile(
    r"((첫|마지막|두\s*번째|세\s*번째)\s*(일정|방문지|행선지)(은|는|으로|인)|(마지막으로|끝으로|다음으로)\s*(찾은|방문한|들른)|맞은\s*곳은)"
    r"\s*(\S+\s+){0,2}$"
)


_FROM = re.compile(
    r"(으로|로)부터\s[^.]{0,60}?(지정|선정|인증)\s*받|"
    # '진흥원은 산업부의 … 사업 주관기관으로 선정돼': the agency is the one chosen
    r"(주관|수행|운영)\s*기관(으로|로)\s*(최종\s*)?(선정|지정)(돼|되어|됐|된|되며|되고)"
)


_BULLET_ITEM = re.compile(r"▲([^▲\n]+)")


def _bullet_pairs(body: str, mentions, sentences: list[Sentence], published: str | None, found):  # type: ignore[no-untyped-def]
    """'▲서울대학교병원·루닛(동반진단) ▲삼성서울병원·지씨셀(…)': each item pairs two organisations
    that work together (a hospital–company consortium), a partnership of its own."""
    out: list[Relation] = []
    for m in _BULLET_ITEM.finditer(body):
        item = m.group(1).split("(")[0]
        a0, a1 = m.start(1), m.start(1) + len(item)
        inside = [(a, b, name) for a, b, name in mentions if a0 <= a < a1]
        if len(inside) != 2 or inside[0][2] == inside[1][2]:
            continue
        gap = body[inside[0][1] : inside[1][0]].replace("㈜", "").replace("(주)", "")
        if gap.strip() not in {"·", "ㆍ", "・", "-", "–"}:
            continue
        if _AWARD.search(body[a0 : inside[0][0]]):
            continue  # '▲최우수상 글리아텍스·셀루카': two winners of one prize, no pair
        sent = next((x for x in sentences if x.start <= m.start() < x.end), None)
        parties = [inside[0][2], inside[1][2]]
        if sent is None or any(r.type == "partnership" and set(r.parties) == set(parties) for r in found):
            continue
        pair = _stated("partnership", parties, sent, published, [])
        pair.standalone = True  # the selection names all pairs; each pair works together besides
        out.append(pair)
    return out


# between two members: a separator, a '참여기관' label, or one name the finder missed ('클리노바스')
_SEP = r"[\s·ㆍ・,、/:]*"
_MEMBER_GAP = re.compile(
    rf"^{_SEP}(참여\s*기관|참여\s*기업|참여|컨소시엄)?{_SEP}([가-힣A-Za-z0-9&]{{2,20}}{_SEP})?$"
)


_AWARD = re.compile(r"(장관상|[가-힣]{0,6}장상|대상|최우수상|우수상|장려상|표창)\s*$")


def _bullet_consortia(body: str, mentions) -> list[tuple[int, str, list[str]]]:  # type: ignore[no-untyped-def]
    """'▲분당서울대학교병원(참여기관 트라이얼위브·KAIST) ▲삼성서울병원(뉴로팩트랩·ETRI)': each item a
    consortium, its lead before the bracket and its members inside; (item start, lead, members)."""
    out: list[tuple[int, str, list[str]]] = []
    for m in _BULLET_ITEM.finditer(body):
        item = m.group(1)
        if "(" not in item or ")" not in item:
            continue
        a0, open_at = m.start(1), m.start(1) + item.index("(")
        close_at = m.start(1) + item.index(")")
        leads = [x for x in mentions if a0 <= x[0] < open_at]
        members = [x for x in mentions if open_at < x[0] < close_at]
        # '연세대학교 산학협력단': one name may be found twice at one place (the school, the whole)
        if (
            len({x[2] for x in leads}) != 1
            or not members
            or body[max(x[1] for x in leads) : open_at].strip(" ㈜")
            or _AWARD.search(body[open_at + 1 : close_at])  # '▲A(산업통상자원부 장관상)': a prize, no team
        ):
            continue
        gaps = [body[open_at + 1 : members[0][0]]]
        gaps += [body[x[1] : y[0]] for x, y in pairwise(members)]
        gaps.append(body[members[-1][1] : close_at])
        if all(_MEMBER_GAP.match(g.replace("㈜", "").replace("(주)", "")) for g in gaps):
            names = [x[2] for x in members if x[2] != leads[0][2]]  # '패솔릭스(Patholix)': its own spelling
            if names:
                out.append((m.start(), leads[0][2], [n for i, n in enumerate(names) if n not in names[:i]]))
    return out


def _consortium_items(  # type: ignore[no-untyped-def]
    body: str, mentions, sentences: list[Sentence], published: str | None, found: list[Relation]
) -> list[Relation]:
    """Each bracketed consortium of a '▲' list is a partnership of its lead and members; the selection
    that names the consortia selected their leads, not every member."""
    out: list[Relation] = []
    items = _bullet_consortia(body, mentions)
    for start, lead, members in items:
        sent = next((x for x in sentences if x.start <= start < x.end), None)
        if sent is None:
            continue
        team = _stated("partnership", [lead, *members], sent, published, [])
        team.date = None if team.date == published else team.date
        team.standalone = True
        out.append(team)
    leads = {lead for _s, lead, _m in items}
    only_members = {m for _s, _l, ms in items for m in ms} - leads
    for r in found:
        if r.type == "selection" and len(leads & set(r.parties)) >= 2:
            r.parties = [p for p in r.parties if p not in only_members]
    return out


def _complete_from_headline(
    found: list[Relation],
    title: str | None,
    orgs: list[Organization],
    sentences: list[Sentence],
    published: str | None,
) -> None:
    """The headline names the article's main relation and all its parties ('A·B, C와 공급 계약').

    A body relation of that type sharing a party gets the headline's other parties (the lead
    often names only one side); when the body has none, the first sentence naming every headline
    party states it. Headline phrases count only as the organisations the body found.
    """
    kind = headline_type(title)
    if kind is None:
        return
    by_name = {key(m.text): o.canonical for o in orgs for m in o.mentions}
    by_name.update({key(o.canonical): o.canonical for o in orgs})
    parties: list[str] = []
    for phrase in headline_phrases(title):
        name = by_name.get(key(phrase.text))
        if name and name not in parties:
            parties.append(name)
    if not parties:
        return
    if kind == "partnership" and any(r.type in _STRONGER and set(parties) <= set(r.parties) for r in found):
        return  # 'A·B·C, … 맞손': the body tells the deal of all three (an MOU), '맞손' is that deal
    holder = next((r for r in found if r.type == kind and set(r.parties) & set(parties)), None)
    if holder is not None:
        holder.parties.extend(p for p in parties if p not in holder.parties)
        return
    if len(parties) < 2 or kind == "event" or any(r.type == kind for r in found):
        return
    spans = {o.canonical: [(m.start, m.end) for m in o.mentions] for o in orgs}
    for sent in sentences:
        inside = {p for p in parties if any(sent.start <= a < sent.end for a, _b in spans.get(p, ()))}
        if inside == set(parties) and not _HOPE.search(sent.text):
            found.append(_stated(kind, parties, sent, published, find_amounts(_QUOTE.sub(" ", sent.text))))
            return


# an occasion where the selected are picked on stage: a demo day, a challenge, a pitching contest
_PICKED_PRESENT = re.compile(r"선정\s*기업\s*((\d+)\s*(곳|개사))(이|가)\s[^.]{0,40}?발표")
_CONTEST = re.compile(
    r"데모데이|챌린지|경진대회|경연|피칭|IR\s*데이|공모전|[Dd]emo\s*[Dd]ay|pitch|시상식|"
    r"(이번|올해|이)\s*대회(는|에는|에서)|"  # '경기도가 주최하고 경과원이 주관한 이번 대회는'
    r"선정\s*기업[^.]{0,60}?발표(한다|했다|하며|하고|해)",  # '이 행사에서 8개 선정 기업은 … 발표한다'
    re.I,
)


def _selected_at_event(found: list[Relation], types: dict[str, str | None]) -> None:
    """'데모데이를 개최하고 최종 선정 기업 4곳을 발표했다': the companies picked at a demo day by its
    organisers presented there, so they take part in the event too. Not the winners of a programme
    only announced at a forum, nor a company's other selection by someone else."""
    for e in (r for r in found if r.type == "event" and _CONTEST.search(r.evidence)):
        for s in (r for r in found if r.type == "selection"):
            shared = set(s.parties) & set(e.parties)
            # '다케다는 … 선정 기업 4곳이 성과를 발표하는 데모데이를 열었다': a drugmaker's four picks present
            present = _PICKED_PRESENT.search(e.evidence)
            counted = present and present.group(2) and len(set(s.parties) - shared) == int(present.group(2))
            picked_by_host = any(types.get(p) not in _COMPANY_TYPES | {None} for p in shared) or (
                bool(shared) and bool(counted)
            )
            if picked_by_host:
                # the picked ones; a ministry that picked them with the host is no organiser here
                e.parties.extend(p for p in s.parties if p not in e.parties and types.get(p) not in _PUBLIC)


# '2023년 시리즈B 때 들어온 기존 투자자 데일리파트너스도 후속 투자에 나섰다': the investor joined the
# company in an earlier round too
_EARLIER_ROUND_OF = re.compile(
    rf"(?P<year>20\d\d)년\s*{EARLIER_ROUND_NAME}\s*"
    r"(들어온|참여한|투자한|합류한)\s*(기존\s*)?(투자자|투자사|주주|재무적\s*투자자)?\s*"
)


def _earlier_rounds(found: list[Relation], body: str, mentions, topic: str | None) -> list[Relation]:  # type: ignore[no-untyped-def]
    """The earlier round an investor of this one is said to have joined, as a relation of its own (of
    the company the article is about, which raised this one)."""
    out: list[Relation] = []
    for m in _EARLIER_ROUND_OF.finditer(body):
        investor = next((name for a, _b, name in mentions if a == m.end()), None)
        now = any(
            r.type == "investment" and {investor, topic} <= set(r.parties) and r.start <= m.start()
            for r in found
        )
        if investor is None or topic is None or investor == topic or not now:
            continue
        end = body.find("다.", m.end())
        out.append(
            Relation(
                "investment",
                [topic, investor],
                m.group("year"),
                None,
                body[m.start() : end + 2 if end >= 0 else m.end()],
                m.start(),
                m.end(),
                standalone=True,
            )
        )
    return out


def _main_event_participants(  # type: ignore[no-untyped-def]
    found: list[Relation],
    sentences: list[Sentence],
    mentions,
    published: str | None,
    types: dict[str, str | None],
) -> None:
    """An article about one occasion names its participants sentence by sentence in words no trigger
    knows ('▲A ▲B가 차례로 기술을 소개했다', 'A와 B가 수요기업으로 나섰다'): organisations named in a
    sentence that takes part in something and states no deal of its own join the article's event."""
    events = [r for r in found if r.type == "event"]
    if not events:
        return
    main = events[0]
    if not _HELD.search(main.evidence) or main.start > sentences[min(6, len(sentences) - 1)].end:
        return
    told = {(r.start, r.end) for r in found}
    for sent in sentences:
        if sent.start <= main.start or (sent.start, sent.end) in told:
            continue
        if not _TAKES_PART.search(sent.text) or _OTHER_DEAL.search(sent.text) or _QUOTE.search(sent.text):
            continue
        dates = deal_dates(sent.text, published)
        if any(not _same_day(d.value, main.date) for d in dates):
            continue
        # an agency or a government introducing its own programme there is a host's helper, told apart
        # from the firms taking part; those that organise were named with the event
        names = [
            name for a, _b, name in mentions if sent.start <= a < sent.end and types.get(name) not in _PUBLIC
        ]
        main.parties.extend(n for n in dict.fromkeys(names) if n not in main.parties)


_HELD = re.compile(r"개최|열었|열린|열렸|마련했|진행했|\bheld\b|\bhosted\b")
_TAKES_PART = re.compile(
    r"(참여|참가|참석)(했|해|하고|하며|한)|나섰|나서|나선|선보였|선보이|소개했|소개하고|발표했|발표하고|"
    r"자리를\s*함께|이름을\s*올|상담(을|도)?\s*(진행|벌)|무대에|심사(는|를)"
)
_OTHER_DEAL = re.compile(
    r"협약|계약|MOU|투자|라운드|이끌|대상|과제|선정|수상|상을\s*받|공동\s*(연구|개발)|손잡|지난해|작년|올해\s*\d|"
    r"\d+억\s*원"  # '▲A 'NPX-102'(15억원) ▲B …이 이름을 올렸다': grants, not taking part
)
