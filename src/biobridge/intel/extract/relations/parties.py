"""Which mentions in a sentence are parties (not modifiers, places, units or titles), and the
sentence's subject."""

from __future__ import annotations

import re

from biobridge.intel.extract.text import Sentence

_MODIFIER_AFTER = re.compile(
    # 'X 관계자는 말했다' speaks for X; 'A와 B, C 관계자 등이 참석했다' (or 'C 관계자를 비롯해') lists C
    # among the participants
    r"^\)?(\([^)]*\))?\S{0,2}\s*(산하|소속|출신|제공|관계자(?!들?(이|가|도|와|과)\s|\s*,|\s*등|들?(을|를)\s*비롯|들?(은|는)\s[^.]{0,80}?(찾아|찾았|방문))|측은|official|spokes)|"
    # '충남대 교원창업기업 X', 'Y 자회사 Z': where the actor comes from, not an actor
    r"^(의)?\s*(미국\s*|중국\s*|일본\s*|유럽\s*)?(교원\s*)?(창업\s*기업|창업기업|자회사|계열사|계열|스핀오프|출자회사)\s|"
    r"^(\([^)]*\))?에\s*따르면|"  # '협회에 따르면 …': who tells, not who acts
    # '서울아산병원 영상의학과 출신 의료진이 창업한 X': where they came from
    r"^\s+[가-힣]{1,10}\s+출신\s|"
    # '이번 공동연구는 복지부와 진흥원이 추진하는 … 사업의 지원을 받는다': who funds it, not partners
    r"^(\([^)]*\))?((와|과)\s*[^.]{0,30}?)?(이|가)\s*(공동\s*)?(추진|운영|시행)하는\s[^.]{0,60}?"
    r"(사업|프로그램)의\s*지원을\s*받|"
    r"^(을|를)\s*(거점|중심|무대)으로\s|"  # '화순을 거점으로 한 사업계획': a place
    # '랩센트럴 공용 실험실에 입주해': where the companies move in, not a party
    r"^\s*(공용\s*|공유\s*)?(실험실|연구실|사무실|오피스|공간|건물|본관)에\s*입주|"
    # "(선정 기업들은) … 공유 실험실 '포트웰 랩스(Portwell Labs)'에 다음 달부터 차례로 입주한다": where
    r"^\)?(\([^)]*\))?['’\"”]?에\s[^.]{0,20}?입주(한다|했|하며|해|할|하게)|"
    # '복지부 예산으로 조성된 계정': whose money, not who acts
    r"^\s*(예산|재원)(으로|을\s*바탕으로)\s*조성(된|한)\s|"
    # 'SFDA 등록에 필요한 …': the regulator of a registration, not a party
    r"^(\([^)]*\))?\s*(등록|인증|허가|승인)(에|을|를)\s*(위한|위해|필요한|받|획득|신청|마쳤|완료)|"
    # '식약처 인허가 자료로', '미국 식품의약국(FDA) 인허가 전략 컨설팅을 받았다': the regulator
    r"^\)?(\([^)]*\))?\s*(인허가|품목\s*허가|허가)\s*(자료|서류|절차|심사|전략|컨설팅|자문)|"
    # 'X로부터 … 후보물질을 이전받은 스타트업 Y가 투자를 유치했다': where Y's technology came from
    r"^\)?(\([^)]*\))?(으로부터|로부터)\s[^.]{0,50}?(이전\s*받은|도입한)\s(?!바\s)|"
    r"^(\([^)]*\))?(의)?\s*(심의|심사|평가|검토)(를|을)?\s*(거쳐|거친|통해)|"  # a panel that reviewed
    r"^(\([^)]*\))?의\s*추천(을|으로)\s|"  # '운영사인 X의 추천을 받아 선정된': who recommended, not who chose
    r"^\s*(교수진|연구진|출신\s*연구진)(이|들이)?\s*(창업|설립)|"
    # '삼성서울병원 교수 창업으로 출발한 X', 'Y 교수가 설립한 Z': where the founder worked
    r"^\s*(교수|연구원|연구자|의사|출신)\s*(창업|들이\s*(창업|설립)|가\s*(창업|설립))|"
    # '생명연 기술로 창업', '식약처로부터 품목허가를 받아': where a company came from, who approved it
    r"^\S{0,2}\s*기술(로|을\s*바탕으로)\s*(창업|설립)|"
    # '2021년 경북대 약학대학 실험실에서 창업한 X': where X was founded
    r"^(\s+[가-힣]{2,8}){0,2}\s*(실험실|연구실|연구소|연구팀)?에서\s*(창업|설립|분사)(한|된|했던|돼)\s|"
    # '춘천 바이오타운에 있는 X', '오송생명과학단지에 자리한 X': where X is
    r"^(\s+[가-힣]{1,8})?(에\s*있는|에\s*위치한|에\s*자리한|에\s*자리\s*잡은|소재)\s|"
    # '정 대표가 이끈 생명연 연구팀은 …': the team acts, not the one who led it
    r"^(가|이)\s*이끈\s[^.,]{0,15}?(연구팀|연구진|연구실)(은|는|이|가)\s|"
    r"^(\([^)]*\))?(의|로부터|에서)?\s*(품목\s*)?(허가|승인)(을|를)?\s*(받|획득|신청)|"
    # '세계보건기구(WHO) 사전적격성평가(PQ) 인증을 받는': who certifies is no partner
    r"^(\([^)]*\))?(의)?\s*([가-힣]{2,10}(\([^)]*\))?\s*){1,2}(인증|승인|허가)(을|를)\s*(받|획득)|"
    # '시험계획(IND)을 지난달 식품의약품안전처에 제출했다': who receives a filing, not a partner
    r"^(\([^)]*\))?에\s*(제출|접수)(했|한|해|하)|"
    # '시가 발표한 계획': the city's plan; '시가 마련한 이날 간담회': the city organised the meeting
    r"^\)?(\([^)]*\))?(가|이)\s[^,.]{0,20}(발표한|공개한|마련한|수립한|지정한)"
    r"(?!\s*(이날\s*)?(행사|간담회|포럼|설명회|세미나|자리|토론회|심포지엄|상담회))|"
    # "J&J's Stelara": a thing of X, not X; 'visited X's headquarters', "X's second vice minister" keep X,
    # and so does "joined X's $85 million Series B round" (X raises it)
    r"^['’]s\s+(?!(headquarters|plant|campus|office|facility|site|factory|lab|(first|second|deputy|vice)\b|"
    r"[A-Z]\w+\s+(plant|facility|site|factory)\b|"  # "buying Bristol Myers Squibb's Syracuse plant"
    r"(\S+\s+){0,2}(partnership|deal|collaboration)\b|"  # "Yuhan's most successful partnership remains …"
    r"(\S+\s+){0,3}(Series|round|funding|financing|stake|shares|IPO)\b|"
    r"(purchase|acquisition|takeover|buyout)\b|"  # "SK bioscience's purchase of … IDT Biologika"
    # "Corvessa's business development team attended": its people act for it
    r"(\S+\s+){0,3}(team|officials|executives|delegation|representatives|head|chief)\b|"
    # "licensed SVX-301, Sorvenix's oral candidate": the owner of the asset licensed
    r"(\S+\s+){0,2}(drug\s+)?candidate\b|"
    # "a supply agreement with Merck's life science business", "licensed Lonza's GS Xceed … system"
    r"(\S+\s+){0,2}(business|unit|division|arm|subsidiary)\b|(\S+\s+){0,5}(system|platform|technology)\b))"
)
_MODIFIER_BEFORE = re.compile(
    r"(사진|자료|출처|제공)\s*[=:]\s*$|"
    # 'founded by former researchers from Hanmi Pharmaceutical and Seoul National University'
    # ('a roundtable with executives from A, B and C': they take part)
    r"\b(former|by)\s+(researchers|employees|executives|scientists|staff|alumni)\s+(from|of|at)\s+"
    r"([A-Z][\w&.-]*,?\s+){0,6}(and\s+)?$|"
    # 'Founded in 2016 by former Celltrion researchers, Gaon raised …': where the founders came from
    r"\b(Founded|Established)\s[^.,]{0,30}\bby\s+former\s+$|"
    # 'According to data from the Korea Biotechnology Industry Organization, …': a source, no party
    # "briefed at the hospital's Biomedical Research Institute and toured its Clinical Trials Center":
    # a unit of the host
    r"\b(the (hospital|university|company|institute)['’]s|its)\s+$|"
    r"\b([Aa]ccording to|[Cc]iting)\s+(data|figures|a report|a survey)?\s*(from|by)?\s*(the\s+)?$|"
    r"\b(spin-?off|spun (off|out)|spinout) (from|of)\s+(the\s+)?((?:[A-Z][\w&.-]*|of|and|for)\s+){0,10}\(?$|"
    # 'approval from the European Medicines Agency (EMA)': also the bracketed short name
    r"\b(approval|clearance|authori[sz]ation)s?\s+(from|by|of)\s+(the\s+)?([A-Z][\w.&-]*\s+){0,6}\(?$|"
    # 'Lotte Biologics, the biomanufacturing arm of Lotte Group, said …': whose arm, not who acts
    r"\b(arm|unit|subsidiary|affiliate|division)\s+of\s+(the\s+)?$|"
    # 'a listing review with the Korea Exchange': the market that lists a company takes no part in its deals
    r"\blisting\s+(review|application|approval)?\s*(with|from|by|on)\s+(the\s+)?$|"
    r"\b[Aa]ccording to\s+(the\s+)?$"  # 'According to the KDDF, …': who tells, not who acts
)


# "'화순 백신특구 활성화를 위한 업무협약'": a name inside an agreement's quoted title is its topic.
_AGREEMENT_TITLE = re.compile(
    r"['‘\"“][^'’\"”\n]{3,80}?(협약|MOU|양해각서|협정)\s*['’\"”]|"
    # "'화순 백신산업특구'로 지정": the zone designated, not a party
    r"['‘\"“][^'’\"”\n]{3,40}?(특구|단지|클러스터)['’\"”](으로|로)\s*(지정|선정)|"
    # "'그린백신 실증지원센터' 개소식을 열었다": the building opened, not a host
    r"['‘\"“][^'’\"”\n]{3,40}?['’\"”]\s*(개소식|개관식|준공식|착공식|개원식)|"
    # "'바이오공정 인력양성센터 구축사업' 공모에서": the programme's name, not who runs or wins it
    r"['‘\"“][^'’\"”\n]{3,60}?(구축|조성|지원|육성)\s*사업['’\"”]|"
    # "'해양바이오 산업화 인큐베이팅' 지원사업에 선정돼": the programme's name
    r"['‘\"“][^'’\"”\n]{3,60}?['’\"”]\s*(지원\s*)?(사업|프로그램)(에|을|의)"
)


_PLACE_AFTER = re.compile(r" [가-힣]")
_ADDRESS_AFTER = re.compile(r"\s+[가-힣]{1,4}(구|군|읍|면)\s")


def _is_location(body: str, end: int, next_start: int, kind: str | None) -> bool:
    """'기장군 동남권원자력의학원': a city or county right before another name says where it is."""
    return kind == "government" and body[end - 1 : end] in "시군구" and body[end:next_start] == " "


# '세브란스병원 심장혈관병원', '한국생명공학연구원 줄기세포융합연구센터', 'KIST 뇌과학연구소': a unit
# named right after its parent; the parent is the party
_UNIT_END = re.compile(
    r"(센터|연구소|연구단|연구원|병원|대학|학과|학부|캠퍼스|사업단|본부|전략실|연구실|기획실|위원회|Center|Institute)$"
)


def _without_units(body: str, inside):  # type: ignore[no-untyped-def]
    out = []
    for x in inside:
        if out and body[out[-1][1] : x[0]] == " " and x[2] != out[-1][2] and _UNIT_END.search(x[2]):
            continue
        out.append(x)
    return out


_HELD = re.compile(r"(을|를)\s*(열었|열고|개최했|개최하고|진행했)")
_ADDRESSED = re.compile(r"^[가-힣]{2,4}\s[가-힣]{1,4}(구|군|시)\s")
_VENUE_ENDINGS = ("센터", "캠퍼스", "회관", "본부", "연구동", "홀")
_HELD_AT = re.compile(r"\)?(\([^)]{1,20}\))?\s*에서\s")
_HELD_IN_ITS = re.compile(
    r"\s+[가-힣A-Za-z]{1,20}?(센터|캠퍼스|회관|연구동|홀|대강당|강당|대회의실|회의실)(\([^)]{1,20}\))?\s*에서\s"
)
_SIGNED = re.compile(r"(협약|계약|MOU|양해각서)[^.]{0,30}?(체결|맺)|협약식|계약식")
_PLACE_OF = re.compile(r"(\s+[가-힣]{1,12}){0,2}\s*(에서|에\s*있는|내\s)")


_NEAR = re.compile(r"(\s+[가-힣A-Za-z0-9]{1,10})?\s?(인근|근처|일대|일원|주변)(에|의|에서|으로|을|를)?\s")
_AFFILIATE_AFTER = re.compile(r"\s+(affiliate|subsidiary|unit|spinoff|spin-off)\b")


# ', a CDMO based in Chuncheon, Gangwon State, said': the place in an apposition (not 'Founded in
# 2020 and headquartered in San Diego, Orvane develops …', which ends before the name)
_BASED_IN = re.compile(
    r",\s+(an?|the)\s[^,.]{0,90}?\b(based|headquartered|located)\s+in\s+([A-Z][\w.-]*\s+){0,3}"
    r"([A-Z][\w.-]*,\s+)?$"
)


def _is_party(body: str, a: int, b: int, name: str) -> bool:
    if body[b - 1 : b] in "시군도" and _ADDRESS_AFTER.match(body, b):
        return False  # '청주시 흥덕구 오송읍 ㈜카브린바이오': an address, not an actor
    if name.endswith("캠퍼스") and _PLACE_OF.match(body, b):
        return False  # '국립부경대 대연캠퍼스 대학본부에서 열린 협약식': where it happened
    if name.endswith(("특구", "단지", "산단", "클러스터", "밸리", "캠퍼스")) and re.match(
        r"\s?내\s", body[b : b + 4]
    ):
        return False  # '오송생명과학단지 내 생산시설': where the plant is
    if name.endswith(("특구", "단지", "클러스터", "밸리")) and body.startswith("의 ", b):
        return False  # '대덕특구의 항체 신약 개발사 ㈜앱토리젠': where the company is
    if re.match(r"\s*(개소식|개관식|준공식|개원식)", body[b : b + 6]):
        return False  # '바이오공정 인력양성센터 개소식에서': the building opened, not who opened it
    if _NEAR.match(body, b):
        return False  # '부산대 양산캠퍼스 인근에 들어선 ㈜나노셀큐어': where the company is
    venue = _HELD_AT.match(body, b) if name.endswith(_VENUE_ENDINGS) else _HELD_IN_ITS.match(body, b)
    stop = body.find(".", venue.end()) if venue else -1
    if venue and name.endswith(_VENUE_ENDINGS) and _ADDRESSED.search(name):
        return False  # '대전 유성구 대덕테크비즈센터(TBC)에서 … 데모데이를 열고': a building at an address
    opening = body[body.rfind(".", 0, a) + 1 : a]
    if (
        venue
        and name.endswith(_VENUE_ENDINGS)
        and re.search(r"[가-힣A-Za-z)](은|는)\s", opening)
        and _HELD.search(body, venue.end(), stop if stop >= 0 else len(body))
    ):
        # '진흥원은 17일 저녁 케임브리지 이노베이션 센터(CIC)에서 총영사관과 공동으로 …를 열었다': where
        return False
    if venue and _SIGNED.search(body, venue.end(), stop if stop >= 0 else len(body)):
        # '연세대 에비슨의생명연구센터(ABMRC)에서 A와 협약을 체결했다': where it was signed, and whose
        # building that is
        return False
    bare = body[a:b]
    if (
        name.endswith(("시", "도", "군"))
        and name != bare
        and name.startswith(bare)
        and bare[-1] not in "시군도구"
        and _PLACE_AFTER.match(body, b)
    ):
        return False  # '포항 바이오 특화단지를 찾아': a bare city name before a noun says where
    if any(m.start() < a < m.end() for m in _AGREEMENT_TITLE.finditer(body, max(0, a - 80), b + 80)):
        return False
    if _BASED_IN.search(body[max(0, a - 140) : a]):
        return False  # 'a CDMO based in Chuncheon, Gangwon State, said': where the company is
    if _AFFILIATE_AFTER.match(body, b) and re.search(
        r",\s+an?\s+([\w-]+\s+){0,2}$", body[max(0, a - 40) : a]
    ):
        # 'ST Pharm, a Dong-A Socio Holdings affiliate that makes …', 'X, a Daejeon-based KAIST spinoff':
        # whose affiliate it is
        return False
    before = body[max(0, a - 80) : a]
    if before.endswith(", ") and _EN_SUBJECT.match(body, b):
        return True  # 'Founded by former researchers at LigaChem, Tarvion raised …': the subject after it
    return not _MODIFIER_AFTER.match(body[b : b + 80]) and not _MODIFIER_BEFORE.search(before)


# 'X said', 'X, the biomanufacturing arm of Y, said': X is the subject
_EN_SUBJECT = re.compile(
    # 'Orixa, founded in 2020 by former researchers of KRICT, is developing …'
    r"(,\s+(the|a|an)\s[^,.]{0,60},|,\s+(founded|established|based|headquartered)\s[^,]{0,110},)?"
    r"\s+(also\s+)?(said|says|will|has|have|signed|announced|is|was|raised|closed|agreed|bought|acquired|won|"
    r"plans|expects|aims|completed|received|launched|develops|makes|specializes|focuses)\b"
)
_LATER_CLAUSE = re.compile(
    r"(는데|지만|으나|[었았였했]고|[었았였했]으며|하며|하고|면서|데\s이어),\s|,\s+(while|whereas|but)\s"
)
# 'X가 운영하는 Y': X acts inside a description of Y, not as the sentence's subject
_RELATIVE = re.compile(
    r"(이|가)\s[가-힣]{1,6}(하는|한|된|던)\s|"
    # 'A와 B가 유망 기업을 발굴해 지원하는 '스케일업' 사업에 선정돼': the clause describes a programme
    r"(이|가)\s[^.,'‘\"“]{0,50}?(하는|한|된|던)\s['‘\"“]"
)


def _subject(body: str, sent: Sentence, inside) -> str | None:  # type: ignore[no-untyped-def]
    """The organisation the sentence is about: one marked 은/는/이/가 among its first mentions."""
    for a, b, name in inside[:3]:
        if _LATER_CLAUSE.search(body[sent.start : a]):
            break  # '… 유치했는데, 이 라운드는 카카오벤처스가 이끌었다': a later clause's subject
        if _RELATIVE.match(body, b):
            continue
        # '화학연 연구팀은 …': the organisation's team speaks for it
        if re.match(
            r"(\([^)]*\))?(\s?(연구팀|연구진|연구단))?(은|는|이|가|에서는|\s역시)\s", body[b : b + 45]
        ) or _EN_SUBJECT.match(body, b):
            return name
        # 'Founded in Copenhagen in 2012, Nordvik runs plants …': the company the sentence describes
        verb = _EN_VERB.match(body, b)
        if _EN_OPENING_PHRASE.fullmatch(body[sent.start : a]) and verb and verb.group(1) not in _EN_NOT_VERBS:
            return name
        # 'This is not Gaon's first overseas partnership.': the sentence turns back to Gaon
        if _EN_ABOUT.fullmatch(body[sent.start : a]) and body[b : b + 2] in {"'s", "’s"}:
            return name
    return None


_EN_ABOUT = re.compile(r"(?:This|It) (?:is|was) (?:not |also )?")


_EN_OPENING_PHRASE = re.compile(r"(?:Founded|Established|Based|Headquartered|Spun off)\b[^,.]{0,60},\s+")
_EN_VERB = re.compile(r"(?:\s+also)?\s+([a-z]{2,}(?:s|ed))\b")
_EN_NOT_VERBS = {
    "its",
    "this",
    "as",
    "plus",
    "across",
    "versus",
    "whereas",
    "thus",
    "us",
    "biologics",
    "pharmaceuticals",
}
