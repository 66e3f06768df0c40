"""Relations told over several sentences made one: referring back, rounds, selections, events,
and dropping a relation another contains."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from biobridge.intel.extract.relations.kinds import (
    _COMPANY_TYPES,
    _FUNDERS,
    _PAIR_TYPES,
    _PUBLIC,
    _investor_name,
)
from biobridge.intel.extract.relations.patterns import _UNNAMED_PARTNER, _lead
from biobridge.intel.extract.relations.relation import Relation
from biobridge.intel.extract.relations.triggers import _EVENT_NOUN
from biobridge.intel.extract.text import Sentence

# '협약에 참여한 카이로젠메드는': one signatory described ('협약에 참여한 기업은 ▲A ▲B' lists them all)
_SIGNATORY_DESCRIBED = r"참여한\s(?!(기업|기관|업체|곳|스타트업|병원|대학)(들)?(은|는))\S+(은|는)\s"
_REFER_BACK = {
    "investment": re.compile(
        r"^(이번|이|해당|당시)\s*(투자|라운드|펀딩|유상증자|증자)(에는|에|은|는)|^(기존|신규)\s*투자|^라운드에는\s|"
        r"^(새로|신규로|추가로)\s*(합류|참여)한\s*(곳|투자사|기관|투자자)|"
        # '앵커 출자자는 X다', '민간 출자자(LP)로는 A, B가 이름을 올렸다': the fund just raised
        r"^(앵커|민간|주요|전략적)?\s*(출자자|LP)(\([^)]*\))?(는|로는|은)\s|"
        r"(출자자|LP)(로|으로)\s*(이름을\s*올|참여|합류)|"  # 'A와 B가 출자자로 이름을 올렸다': the fund's LPs
        # '운용은 A가 대표 운용사(GP)를, B가 공동 운용사(Co-GP)를 맡는다': the managers of the fund just told
        r"^(펀드\s*)?운용은\s[^.]*운용사|"
        # '전략적 투자자(SI)로는 동화약품이 이름을 올렸다': one more investor in the round just told
        r"^(전략적|재무적)\s*투자자(\([^)]{0,10}\))?(로는|으로는)\s|"
        r"\b(participated|took part) in (the|that|this) (round|funding|financing|investment)\b|"
        # 'in which A and B will hold 28 percent as financial investors'
        r"\bas (financial|strategic) investors?\b|"
        r"\bjoined (the|that|this) (round|funding|financing)\b|"
        r"\bled (the|that|this) (round|funding|financing)\b|"
        # 'X led the round. Y and Z also took part, bringing …': the round just told, named no more
        r"^[^.]{0,80}\balso (took part|participated|joined|invested)(?=[,.]|\s+as\s)|"
        # 'The round was led by X.', 'A and B joined as new investors, while existing backers C and D …'
        r"^(The|That|This) (round|financing|funding|investment) was (co-)?led by\b|"
        r"^(이번\s*)?(투자|라운드|펀딩)(는|은)\s[^.]*(주도|리드|이끌)(했|었|한다)|"  # '투자는 X가 주도했다'
        r"\bjoined as (an? )?(new |strategic |financial )?(investors?|backers?)\b|"
        # 'Existing investors A and B returned with follow-on investments': more of the round just told
        r"^(Existing|Previous|Other|New) (investors|backers|shareholders)\b"
    ),
    # '이번 협약에는 …도 참여', '협약에는 (재)X도 서명기관으로 참여해': a party of the MOU just stated
    # not '협약에 앞서 …' (before the agreement: something else)
    "mou": re.compile(
        # not '이번 협약은 산업부가 추진하는 … 사업의 일환이다': who runs the programme signs nothing
        # nor '이번 협약은 양사가 … 사업에 선정된 데 따른 후속 조치다': what led to it
        # nor '협약에 참여한 카이로젠메드는 … 선정돼': a signatory described, telling something else
        r"^(이번\s*|이\s*|해당\s*|이날\s*)?(협약|MOU|업무협약|투자협약)(은|에는|에)\s"
        rf"(?!앞서|앞선|이어|{_SIGNATORY_DESCRIBED})"
        r"(?![^.]*(일환|후속))|"
        r"서명\s*기관으로|서명에\s*(참여|동참)|함께\s*서명|"  # '이 자리에는 A와 B도 서명 기관으로 함께했다'
        r"^(협약|투자협약|협약\s*체결)\s*(기업|기관|업체)(은|는|으로는)\s|"  # '협약 기업은 ▲A ▲B ▲C다'
        # '대구시도 이번 협약에 후원 기관으로 참여했다': a party to the agreement just told
        r"(이번|해당)\s*(협약|MOU|업무협약)에\s*[^.]{0,30}?(참여|동참|함께)(했|한다|하며|하고|해)|"
        # 'Chungnam Techno Park, Dankook University and Hoseo University also joined the agreement'
        r"\b(also )?(joined|signed on to) the (agreement|MOU|pact)\b"
    ),
    # '컨소시엄에는 강원TP와 한림대병원도 참여했다': more members of the consortium just told
    # '외부 검증에는 A와 B가 참여한다': partners in the joint research just told
    "partnership": re.compile(
        r"^(이번\s*|이\s*|해당\s*)?컨소시엄(에는|에도)\s|^(외부\s*|공동\s*|이번\s*)?(검증|공동\s*연구|실증)(에는|에도)\s|"
        r"^(The )?[Oo]ther members of the consortium\b|"
        # '이번 임상은 A가 주관기관을 맡고 B와 C가 참여기관으로 함께한다': the trial just told, its sites
        r"^(이번|이|해당)\s*(임상|임상\s*시험|연구|공동\s*연구)(은|는|에는)\s[^.]*(참여\s*기관|주관\s*기관)|"
        r"^여기에(는|도)?\s[^.]*합류"  # '(컨소시엄에는 A, B가 이름을 올렸다.) 여기에 C, D 등 4곳이 합류해'"
    ),
    # '이날 현장 방문에는 도와 테크노파크 관계자들이 동행했다': those who came along on the visit just told
    "visit": re.compile(
        r"동행(했|하며|하고|한\s|해\s)|\baccompanied\b|(이|이번|해당|이날)\s*(일정|방문)에는\s[^.]*(함께했|함께\s했|합류했)|"
        # '이 자리에도 X 관계자들이 함께했다': at this stop
        r"^이\s*자리에(는|도)\s[^.]*(함께했|함께\s했|합류했)"
    ),
    # '발표 기업은 ▲A ▲B …': those who present at the event just told
    "event": re.compile(
        r"^(이날\s*)?(발표|참가|출전|피칭|IR)\s*(기업|기관|업체|스타트업|팀)(은|는|으로는|로는)\s|"
        # '행사에는 A, B, C 등 국내 기업 20여곳이 참여해': those at the event just told
        r"^(이번\s*|이날\s*)?행사에는\s[^.]*(참여|참석|참가)|"
        # '현장에는 A, B 등 VC 20여곳의 심사역이 참석해': those at the event just told
        r"^(이날\s*|행사\s*)?현장에는\s[^.]*참석|"
        # '한편 인천TP는 이번 행사에서 … 상담이 필요하다고 분류된 30여건에 대해': the occasion just told
        r"^[^.]{0,25}?(이번|이날|해당)\s*(행사|박람회|포럼|설명회|상담회|매칭데이|데모데이)(에서|에서는|를\s*통해)\s|"
        # '(… 포럼을 연다.) 포럼에서는 A와 B 연구진이 각각 … 발표할 예정이다': its presenters
        r"^(행사|포럼|세미나|심포지엄|설명회|상담회|데모데이)(에서는|에는)\s[^.]*(발표|소개|강연)|"
        # '(발표 세션에서는 12곳이 무대에 올랐다.) A를 비롯해 B, C 등이 … 전략을 발표했다': the presenters
        r"^[^.]{0,60}?(을|를)\s*비롯해\s[^.]{0,150}?등이\s[^.]{0,40}?(발표|소개|시연)(했|하며|하고)|"
        # '행사의 핵심인 비즈니스 파트너링은 KOTRA와 함께 운영된다': a part of the event just told
        r"^(이번\s*|올해\s*)?(행사|박람회|전시회|포럼|컨퍼런스|콘퍼런스)의\s[^.]{0,30}?(은|는)\s[^.]*(운영|진행|마련)"
    ),
    "selection": re.compile(
        # not '선정 기업 가운데 A는 …': one of them, telling something else
        r"^(최종\s*|신규로?\s*|새로\s*)?(선정|선발|인증|지정)(된|받은)?\s*(기업|기관|업체|곳|스타트업|컨소시엄|팀|과제|병원|대학)"
        r"(들)?(?!\s*(가운데|중\s|중에|중에서)|(들)?\s*(가운데|중\s|중에))|"
        r"^The selected|^(The )?selected (companies|startups)|"
        # '이들 기업은 … 심사를 거쳐 최종 선발됐다': the chosen just listed, told again
        r"^이들\s*(기업|업체|스타트업|기관|병원)(은|는|이|가)\s[^.]*(선발|선정)(됐|되었)|"
        # the list told after the announcement: '▲A ▲B 등 5곳이 최종 관문을 통과했다', '3개사가 이름을 올렸다'
        r"(공급|수요|수행)\s*(기업|기관)(으로|로)\s*이름을\s*올|"  # '각각 A와 B가 공급기업으로 이름을 올렸다'
        r"^[^.]{0,20}?(이|해당|이번)\s*(사업|프로그램|공모)(을|를)\s*통해\s|"  # '산업부는 이 사업을 통해'
        r"(\d+|두|세|네|다섯|여섯)\s*(곳|개사|개\s*(기업|기관|팀|사))(이|가|을|를)\s[^.]{0,20}?"
        r"(관문|문턱|이름|낙점|선정|선발|뽑|가려\s*(냈|낸|내))|"
        # '최종 관문을 넘은 곳은 ▲A ▲B 등 3개사다'
        r"^(최종\s*)?(관문|문턱)을\s*(넘은|통과한)\s*(곳|기업|스타트업|팀)(은|는)\s|"
        r"^The other (two|three|four|five|six|\d+) (are|were|include)\b|"
        # '사업 전담기관은 한국산업기술진흥원(KIAT)이다': the agency that runs the call just told
        r"^(이\s*|해당\s*)?(사업|과제)(의)?\s*전담\s*기관은\s|"
        r"^나머지\s*(한|두|세|\d+)\s*(건|곳|개\s*과제|과제)(은|는)\s|"  # '나머지 한 건은 A와 B의 … 과제다'
        # '(… 우수기업 3곳을 선정하고 시상했다.) ▲A ▲B ▲C가 영예를 안았다': the ones just chosen
        r"^[^.]{0,200}?(이|가)\s*(수상의\s*)?영예를\s*안|"
        r"\b(were|was) also (chosen|selected|picked)\b|"
        # '(9기 명단에는 7개 스타트업이 이름을 올렸다.) … A와 함께 B, C가 포함됐다': more of those chosen
        r"(와|과)\s*함께\s[^.]*(이|가)\s*(모두\s*)?포함(됐|되었|돼)다"
    ),
}
_KIND_LEAD = re.compile(r"^[가-힣]{1,6}\s*(과제|부문|분야|트랙)(으로는|로는|에서는|에는)\s")
_EVENT_BACK = re.compile(rf"(이번|이날|해당)\s*{_EVENT_NOUN}")
_ORGANISER = re.compile(r"주최|주관|후원|공동\s*개최")


def _merge_selections(rels: list[Relation], types: dict[str, str | None]) -> list[Relation]:
    """'A병원이 복지부와 진흥원의 과제에 선정됐다' … 'A병원과 B병원, C병원 3곳이 최종 관문을 넘었다':
    the selected told again with the others selected in the same call, without the selecting body."""

    def told_again(o: Relation, r: Relation) -> bool:
        # '3곳이 최종 관문을 넘었다': told as the list of those selected
        return (
            len(r.parties) >= 2
            and bool(set(o.parties) & set(r.parties))
            and any(_REFER_BACK["selection"].search(_lead(e)) for e in (r.evidence, *r.extra_evidence))
        )

    def completes_call(o: Relation, r: Relation) -> bool:
        # '시와 TP는 8곳을 선정했다. A는 B, C 등과 함께 이 프로그램 명단에 포함됐다': a call told
        # without its selected, then the selected told without the caller
        return all(types.get(p) in _PUBLIC for p in o.parties) and 0 <= r.start - o.end <= 400

    def next_list(o: Relation, r: Relation) -> bool:
        # '비임상 단계에서는 ▲A ▲B가 이름을 올렸다. 임상 1상 단계에서는 ▲C ▲D 2개 과제가 선정됐다': the
        # call's selected told list by list, each right after the one before
        # ('기업 과제로는 ▲A ▲B … 병원 과제로는 C와 D가 각각 선정됐다': the list of another kind)
        listed = "▲" in r.evidence or bool(_KIND_LEAD.match(_lead(r.evidence)))
        return len(r.parties) >= 2 and listed and 0 <= r.start - last_end.get(id(o), o.end) <= 400

    last_end: dict[int, int] = {}
    out: list[Relation] = []
    for r in rels:
        o = next(
            (
                o
                for o in out
                if o.type == r.type == "selection"
                and any(types.get(p) in _PUBLIC for p in o.parties)
                and not any(types.get(p) in _PUBLIC for p in r.parties)
                and (told_again(o, r) or completes_call(o, r) or next_list(o, r))
            ),
            None,
        )
        if o is None:
            out.append(r)
            continue
        o.parties.extend(p for p in r.parties if p not in o.parties)
        o.extra_evidence.append(r.evidence)
        last_end[id(o)] = max(last_end.get(id(o), o.end), r.end)
    return out


_BESIDE = re.compile(r"[가-힣A-Za-z)]\s*(외에|외에도|과\s*함께|와\s*함께)\s|\b(along with|alongside)\b")
# 'Co-investors in the Cellperon round were A and B, which took a strategic stake': called investors
_CALLED_INVESTOR = re.compile(
    r"(전략적\s*)?투자자|\bSI\b|strategic (investor|stake)|\bco-?investors?\b|\binvestors in the\b", re.I
)


def _told_next(o: Relation, r: Relation) -> bool:
    """'X는 유상증자를 결의했다. 신주는 … A가 1200억원, B가 300억원을 납입한다': a round named by its
    investee alone, and its investors in the next sentence."""
    return len(o.parties) == 1 and o.parties[0] not in r.parties and 0 <= r.start - o.end <= 300


def _other_round(a: Relation, b: Relation) -> bool:
    """A round told in its own clause with its own amount is not the round of another amount."""
    if not (a.own_round or b.own_round):
        return False
    return (a.own_round and b.own_round) or bool(a.amount and b.amount and a.amount != b.amount)


def _merge_rounds(rels: list[Relation], types: dict[str, str | None]) -> list[Relation]:
    """Investors of one round are often named sentence by sentence ('A가 이끌었고 … B도 참여'): two
    investments in the same company on the same (or an unstated) date are one round."""

    def one_investee(o: Relation, r: Relation) -> bool:
        both = set(o.parties) & set(r.parties)
        shared = [p for p in both if types.get(p) not in {"investor", "government"}]
        others = (set(o.parties) | set(r.parties)) - set(shared)
        # 'X가 전략적 투자자(SI)로 참여': the sentence calls the company an investor
        called = set(r.parties) - set(shared) if _CALLED_INVESTOR.search(r.evidence) else set()
        # a second company among the others could be the investee instead: two deals, not one round
        # (an untyped name is as likely a company: 'acquired a stake in … Peptris')
        return len(shared) == 1 and not any(
            types.get(p) in _COMPANY_TYPES | {None} and not _investor_name(p) and p not in called
            for p in others
        )

    def fellow_investors(o: Relation, r: Relation) -> bool:
        # '유한양행 외에 A, B, C가 재무적 투자자로 참여했다': investors beside one of the round just told
        shared = set(o.parties) & set(r.parties)
        rest = set(r.parties) - shared
        return (
            bool(shared and rest)
            and bool(_BESIDE.search(r.evidence))
            and all(types.get(p) == "investor" or _investor_name(p) for p in rest)
            and 0 <= r.start - o.end <= 400
        )

    out: list[Relation] = []
    for r in rels:
        same = next(
            (
                o
                for o in out
                if o.type == r.type == "investment"
                and (one_investee(o, r) or _told_next(o, r) or fellow_investors(o, r))
                and (o.date is None or r.date is None or o.date == r.date)
                and _same_round(o, r)
                and not _other_round(o, r)
            ),
            None,
        )
        if same is None:
            out.append(r)
            continue
        same.parties.extend(p for p in r.parties if p not in same.parties)
        same.amount, same.date = same.amount or r.amount, same.date or r.date
        same.extra_evidence.append(r.evidence)
    return out


# The round a sentence raises: '시리즈A 투자를 받았고', '프리A 유치', 'closed a Series C'; not the
# round named in a relative clause ('시리즈A 라운드를 이끌었던 X가 추가로 집행').
_ROUND_NAME = r"(?:(시리즈|Series)\s*([A-F])|(프리|pre-?)\s*(IPO|[A-C])|(시드|seed))"
_ROUND = re.compile(
    _ROUND_NAME + r"(?:\([^)]{0,15}\))?"
    r"(?:\s*(?:투자|라운드|round|funding|자금))?(?:를|을|의)?\s*(?:투자\s*)?"
    r"(?:유치|받|마무리|클로징|완료|넣|raised|closed|led by)|"
    # '2023년 8월 마무리한 시리즈B(280억원)는 X가 주도했으며': the round named as the topic
    + _ROUND_NAME
    + r"(?:\([^)]{0,15}\))?\s*(?:투자|라운드)?(?:는|은)\s[^.]{0,40}?(?:주도|이끌|이끈|리드|참여)|"
    # '2022년 카카오벤처스가 주도한 60억원 규모 시리즈A를 시작으로': the round a leader led
    r"(?:주도한|이끈|리드한)\s[^.]{0,20}?" + _ROUND_NAME + "|"
    # English puts the verb first: 'closed a 72 billion won ($52 million) Series C funding round'
    r"\b(?:raised|closed|completed|secured)\b[^.]{0,50}?" + _ROUND_NAME,
    re.I,
)


def _same_round(o: Relation, r: Relation) -> bool:
    a, b = _round_label(o), _round_label(r)
    return a is None or b is None or a == b


def _round_label(r: Relation) -> str | None:
    """'시리즈A', 'pre-IPO', 'seed': which round a sentence speaks of; a Series A told as the
    background of a Series B is another round."""
    m = next(filter(None, (_ROUND.search(e) for e in (r.evidence, *r.extra_evidence))), None)
    if not m:
        return "loan" if _LOAN.search(r.evidence) else None  # a lender's loan is no equity round
    letters = [g for g in m.groups() if g and len(g) == 1 and g.isalpha()]
    if letters:
        return letters[0].upper()
    if any(g and g.upper() == "IPO" for g in m.groups()):
        return "pre-IPO"
    return "seed"


_LOAN = re.compile(r"\bloans?\b|대출|차입")


def _refer_back(r: Relation, sent: Sentence, found: list[Relation], types: dict[str, str | None]) -> bool:
    """Add the parties of '이번 투자에는 …' to the relation it refers to; True when merged."""
    if r.type == "event" and _EVENT_BACK.search(sent.text) and _ORGANISER.search(sent.text):
        previous = next((x for x in reversed(found) if x.type == "event"), None)
        if previous is not None:  # '재단이 주최하고 시가 후원한 이번 행사에는': organisers of that event
            previous.parties.extend(p for p in r.parties if p not in previous.parties)
            previous.extra_evidence.append(r.evidence)
            return True
    rx = _REFER_BACK.get(r.type)
    all_investors = r.type == "investment" and (
        all(types.get(p) in _FUNDERS for p in r.parties)
        # 'Yuhan joined as a strategic investor': a drugmaker the sentence calls an investor
        or (len(r.parties) == 1 and bool(_CALLED_INVESTOR.search(sent.text)))
    )
    if not (rx and rx.search(_lead(sent.text))) and not all_investors:
        return False
    if r.type == "mou" and _HOSTED_BY.search(sent.text):
        # '협약은 이날 X가 주최하고 Y가 후원한 포럼 개막식에서 진행됐다': where it was signed; the hosts of
        # that forum signed nothing
        return True
    previous = next((x for x in reversed(found) if x.type == r.type), None)
    if not (rx and rx.search(_lead(sent.text))) and _LED.search(sent.text):
        # '투자를 주도한 X의 김 상무는 …': the round the article opened with, not a seed told as background
        previous = next((x for x in found if x.type == r.type), previous)
    if previous is None or _other_round(previous, r):
        return False
    if r.type == "investment" and all_investors and _LOAN.search(sent.text):
        # 'The purchase is financed with a loan from Shinhan Bank': a lender of the deal's buyer, a
        # financing of its own
        if previous.parties[0] not in r.parties:
            r.parties.insert(0, previous.parties[0])
        return False
    # '이번 투자에는 … 지난해 시드 투자를 했던 X가': this round, whatever date a participant brings
    this_one = _lead(sent.text).startswith("이번")
    same = this_one or _same_occasion(previous, r)
    if r.type == "investment" and not (_same_round(previous, r) and same):
        investee = [p for p in previous.parties if types.get(p) not in _FUNDERS]
        if all_investors and len(investee) == 1 and investee[0] not in r.parties:
            # "Yuhan …, its second investment in the company after the Series B": that company's other round
            r.parties.insert(0, investee[0])
        return False  # '2023년 … 시리즈A 투자를 받았고': the earlier round, not this one
    if r.type == "selection" and _SELECTED_DOING.match(sent.text) and _VERB_END.search(sent.text):
        # '선정된 병원들은 … 서울성모병원 플랫폼과 같은 표준으로 연계하게 된다': what those selected
        # do, with whom; not who was selected ('선정 기업은 A, B, C다')
        return True
    if (
        r.type == "selection"
        and _ANOTHER.search(sent.text[:30])
        and any(types.get(p) in _PUBLIC for p in r.parties)
    ):
        return False  # '진흥원은 또 A·B·C 3곳을 협력병원으로 선정했다': a second selection by the same body
    if r.type == "selection" and not same and not _SELECTED_OPENING.match(_lead(sent.text)):
        return False  # '(2023년 공모에 선정되면서 …) 지난 9월 3개사를 입주기업으로 선정했다': another call
    if r.type == "visit" and (came := _CAME_ALONG.search(sent.text)):
        # '방한은 KOTRA가 주선했으며, 대사관 관계자들이 모두 동행했다': who arranged the trip did not come
        arranged = sent.text[: came.start()]
        if "주선" in arranged:
            r.parties = [p for p in r.parties if p not in arranged or p in sent.text[came.start() :]]
    if r.type == "visit" and not _THIS_STOP.match(_lead(sent.text)):
        # not '이 자리에는 X가 동행해': at this stop only, not every stop of the day; nor '(청장이 끝까지
        # 동행했고,) 첫 방문지에는 KEIT … 도 함께했다'
        here = _ONLY_HERE.search(sent.text)
        only_here = [
            p
            for p in r.parties
            if here and p in sent.text[here.start() :] and p not in sent.text[: here.start()]
        ]
        previous.companions.extend(p for p in r.parties if p not in previous.parties and p not in only_here)
        previous.here_only.extend(only_here)
    previous.parties.extend(p for p in r.parties if p not in previous.parties)
    previous.amount = previous.amount or r.amount
    previous.extra_evidence.append(r.evidence)
    return True


_ANOTHER = re.compile(r"(은|는|이|가)\s(또|또한|아울러|이와\s*별도로|별도로)\s")
_SELECTED_DOING = re.compile(r"^\s*선정(된|받은)\s*[가-힣]{1,6}?(들)?(?<!에)(은|는)\s(?![^.]{0,6}▲)")
_VERB_END = re.compile(r"(는다|[된한간온준난운친낸]다|[았었였했됐왔갔졌켰쳤]다|있다|없다)[.\"”']*\s*$")
_CAME_ALONG = re.compile(r"(?<=[며고]),\s+(?=[^.,]*동행)")
_ONLY_HERE = re.compile(r"(?<![가-힣])(첫|이|그)\s*(방문지|자리|곳)에(는|도)\s")
_THIS_STOP = re.compile(r"이\s*자리에(는|도)\s")
_SELECTED_OPENING = re.compile(r"(최종\s*|신규로?\s*|새로\s*)?(선정|선발|인증)")
_HOSTED_BY = re.compile(r"(주최|주관|후원)(하고|한|했)\s[^.]{0,60}(에서|때)\s")
_LED = re.compile(
    r"투자를\s*(주도|이끈|리드)한|이번\s*라운드를\s*(주도한|이끈|리드한)|\bled the (round|investment)\b"
)


def _merge_events(rels: list[Relation]) -> list[Relation]:
    """One event per occasion: organisers, sponsors and the participants named sentence by sentence
    join the event they belong to, the nearest one before them whose date does not differ."""
    out: list[Relation] = []
    for r in rels:
        if r.type == "event":
            o = next(
                (
                    o
                    for o in reversed(out)
                    if o.type == "event"
                    # '발대식에서는 지난해 수혜기업인 A가 …': at the occasion just told, whatever date A has
                    and (
                        _same_day(o.date, r.date)
                        or _AT_THE_EVENT.match(_lead(r.evidence))
                        # '… 공모에서 선정된 곳들로, 이날 개소식에서 현판을 받았다': that day's occasion
                        or _AT_THIS_DAYS_EVENT.search(r.evidence)
                    )
                    # '하반기에 두 번째 설명회를 열 계획이다': another occasion, even in the same year
                    and (o.date == r.date or r.date is None or not _PLANNED.search(r.evidence))
                ),
                None,
            )
            if o is not None:
                o.parties.extend(p for p in r.parties if p not in o.parties)
                o.date = o.date or r.date
                o.extra_evidence.append(r.evidence)
                continue
        out.append(r)
    return out


_AT_THE_EVENT = re.compile(
    r"(이번\s*|이날\s*)?(발대식|출범식|개소식|개막식|기념식|시상식|착공식|준공식|보고회|행사|포럼|데모데이|"
    r"상담장|행사장|전시장|부스)(에서는|에서|에는)\s"
)
_AT_THIS_DAYS_EVENT = re.compile(
    r"이날\s*(발대식|출범식|개소식|개막식|기념식|시상식|착공식|준공식|행사)(에서는|에서|에는)\s"
)
_PLANNED = re.compile(r"계획|예정|열기로|개최하기로|할\s*방침|\bwill\b|\bplans?\b")


def _same_day(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


_DISTINCT = {"event", "visit"}  # two events with overlapping parties are still two events


def _same_occasion(o: Relation, r: Relation, *, later_inside: bool = False) -> bool:
    """Events and visits are distinct occasions unless the smaller one adds no date of its own:
    '케이메디허브는 … 열었다' then '이날 …' is one day; '올해 4회 개최될 예정' is another occasion."""
    if o.announced or r.announced:  # the day it was told, not the day it happened
        o, r = replace(o, date=None) if o.announced else o, replace(r, date=None) if r.announced else r
    if o.date and r.date and not (o.date.startswith(r.date) or r.date.startswith(o.date)):
        return False  # a deal of last March and one of today are two deals
    if o.type not in _DISTINCT or o.date == r.date:
        return True
    return r.date is None if later_inside else (o.date is None or r.date is None)


_JOINT_CONTRACT = re.compile(
    r"(공동\s*(연구|개발)|협력|협업|제휴|collaboration|partnership)\s*(계약|agreement)", re.I
)


_SINCE = re.compile(r"(?:(\d{4})년|(지난해|작년))(?:\s*\d{1,2}월)?부터\s")  # "지난해 3월부터"


def _contains(o: Relation, r: Relation, rs: set[str]) -> bool:
    if r.type == "partnership" and o.type != "partnership":
        told_apart = r.evidence not in (o.evidence, *o.extra_evidence)
        if o.type == "contract" and told_apart and _JOINT_CONTRACT.search(o.evidence):
            return rs <= set(o.parties)  # '공동연구 계약을 체결했다. 양사는 … 공동 개발할 예정': its terms
        if o.type not in _PAIR_TYPES and told_apart:
            return False  # '선정된 A는 B와 공동연구를 진행하기로 했다': a deal of its own, not the selection
        since = _SINCE.search(r.evidence)
        if told_apart and since and (since.group(2) or (o.date or "9999") > (since.group(1) or "")):
            return False  # '(협약을 맺었다.) 양측은 2023년부터 공동연구를 진행해 왔다': an earlier deal
        return rs <= set(o.parties) and not r.standalone
    if o.type != r.type:
        return False
    if _other_deal(o, r):
        return False
    return rs <= set(o.parties) and _same_occasion(o, r, later_inside=True)


def _other_deal(o: Relation, r: Relation) -> bool:
    """'an order from a European drugmaker' beside a deal of another size with a named partner:
    two contracts, not one told twice."""
    if r.type == o.type == "investment" and (r.standalone or o.standalone):
        return True  # '2023년 시리즈B 때 들어온 기존 투자자 X': an earlier round beside this one
    if r.type == o.type == "investment" and (not _same_round(o, r) or _other_round(o, r)):
        # '이듬해 퓨처플레이로부터 시드 투자를 받았다' beside this Series A it joined; '1억 원을 초기 투자한
        # 데 이어 이번에 후속 투자에': an earlier round with its own sum
        return True
    if r.type == o.type == "selection" and bool(_PRIZE.search(r.evidence)) != bool(_PRIZE.search(o.evidence)):
        return True  # '(6곳을 보육기업으로 선발했다.) A를 대상 수상기업으로 선정했다': a prize among them
    small = r if len(r.parties) <= len(o.parties) else o
    big = o if small is r else r
    if not (r.type == o.type == "contract" and len(small.parties) == 1):
        return False
    if r.amount and o.amount and r.amount.value != o.amount.value:
        return True
    if _FIRST_TIME.search(small.evidence):
        return False  # '중소기업이 대형 CDMO와 … 계약을 따낸 것은 이번이 처음이다': this deal, told again
    # 'won a $100 million order from a US-based biotech' beside 'acquired the plant from BMS' told elsewhere
    unnamed = _UNNAMED_PARTNER.search(small.evidence)
    described = _DESCRIBED.search(small.evidence[: unnamed.end(1)]) if unnamed and unnamed.group(1) else None
    if described and re.search(re.escape(described.group(0)) + r"\s", big.evidence):
        return (
            False  # '베트남 동물약품 유통사와 … 계약' then '베트남 동물약품 유통사 X와 …': that deal, named
        )
    return small.evidence != big.evidence and bool(unnamed)


_DESCRIBED = re.compile(r"[가-힣A-Za-z]+\s+[가-힣A-Za-z]+$")


_FIRST_TIME = re.compile(r"(것은|건)\s*이번이\s*처음")


def _dedupe(rels: list[Relation]) -> list[Relation]:
    """Drop a relation another one contains (same type, or a partnership inside a stronger one)."""
    out: list[Relation] = []
    for r in rels:
        rs = set(r.parties)
        # '(사진: A 이사장과 B, C 대표가 계약을 체결한 뒤 …) A는 B, C와 각각 계약을 체결했다': two deals
        out = [o for o in out if not (r.each and not o.each and o.type == r.type and rs < set(o.parties))]
        holder = next((o for o in out if _contains(o, r, rs)), None)
        if holder is not None:
            holder.amount = holder.amount or r.amount
            holder.date = holder.date or r.date
            continue
        # '포항시, 생명연과 협력' in the subtitle, then the MOU told in the body: one agreement
        out = [o for o in out if not (o.type == "partnership" != r.type and _contains(r, o, set(o.parties)))]
        for o in [
            o
            for o in out
            if o.type == r.type and set(o.parties) < rs and _same_occasion(o, r) and not _other_deal(o, r)
        ]:
            r.amount, r.date = r.amount or o.amount, r.date or o.date
            out.remove(o)
        out.append(r)
    return out


_PRIZE = re.compile(r"수상|시상|(대상|최우수상|우수상|장려상)(을|를|으로|에|\s)")
_PAIR_AGREED = re.compile(
    r"^(양사|양측|양\s*기관|두\s*(협회|기관|회사|기업|단체)|[2-9]개\s*기관|세\s*기관)(은|는)\s[^.]*"
    r"(기로\s*(했|합의)|(할|열)\s*(예정|계획)이다)"
)
_WITH_EACH = re.compile(r"^([^\s.]{2,20})(?:와는|과는)\s[^.]*기로\s*(했|합의|약속)")


def _agreed_content(r: Relation, sent: Sentence, found: list[Relation]) -> bool:
    """'오송재단은 A, B와 각각 업무협약을 맺었다. A와는 … 설명회를 공동으로 열기로 했다': what the
    agreement with A holds, not a relation of its own."""
    deal = next((x for x in reversed(found) if x.type in {"mou", "contract"}), None)
    if (
        r.type in {"event", "partnership"}
        and _PAIR_AGREED.match(sent.text)
        and deal
        and sent.start - deal.end < 600
        # '(A는 B와 업무협약을 체결했다.) 두 협회는 내년부터 … 행사를 공동으로 열기로 했다': its terms;
        # '(… 기술이전 계약을 체결했다.) 양사는 공동운영위원회를 꾸려 … 진행하기로 했다': the licence's
        and (deal.type == "mou" or set(r.parties) <= set(deal.parties))
    ):
        return True
    m = _WITH_EACH.match(sent.text)
    if r.type == "mou" or m is None:
        return False
    # '각각': one agreement per partner, so any agreement with A
    return any(m.group(1) in p or p in m.group(1) for x in found if x.type == "mou" for p in x.parties)


# 'A로는 ▲x ▲y이, B로는 ▲p ▲q가 각각 선정됐다': a subject closed by 이/가 and a comma, then another
_RESPECTIVE_BREAK = re.compile(r"(?<=[가-힣A-Za-z0-9)])(?:이|가),\s")
_SELECTORS = {"government", "public_agency", "agency", "association", "investor", "big_pharma"}


def parties_between(bounds: list[int], mentions, parties: list[str]) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The parties named in each stretch between consecutive `bounds`, in order of mention."""
    return [
        list(dict.fromkeys(n for s, _e, n in mentions if a <= s < b and n in parties))
        for a, b in pairwise(bounds)
    ]


_RESPECTIVELY = re.compile(r"(?<![가-힣])각각(?![가-힣])")


def _respective_selections(found: list[Relation], body: str, mentions, types) -> list[Relation]:  # type: ignore[no-untyped-def]
    """One selection per clause of a sentence pairing each selecting body with its own list by '각각'."""
    out: list[Relation] = []
    for r in found:
        each = _RESPECTIVELY.search(body[r.start : r.end]) if r.type == "selection" else None
        if each is None:
            out.append(r)
            continue
        cut = r.start + each.start()
        bounds = [r.start, *(r.start + m.end() for m in _RESPECTIVE_BREAK.finditer(body[r.start : cut])), cut]
        groups = [g for g in parties_between(bounds, mentions, r.parties) if g]
        if len(groups) < 2 or not all(
            len(g) >= 2 and any(types.get(p) in _SELECTORS for p in g) for g in groups
        ):
            out.append(r)
            continue
        out += [replace(r, parties=g) for g in groups]
    return out
