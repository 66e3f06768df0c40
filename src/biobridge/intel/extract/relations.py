"""Relations between organisations, one per sentence and type that states them.

A sentence (cut into clauses at connective endings such as '-하며,' '-하고') with a trigger
gives a relation whose parties are the organisations named in the clause — plus the sentence's
subject when the clause has none of its own, resolving '도는', '회사는', '시와' to the
organisation the previous sentences were about. Organisations named only as a modifier
(X 산하, X 관계자, [사진=X 제공], X가 발표한) are not parties. Quotes and conditionals
('협력하면 … 전망') state hopes, not relations. A sentence that refers back ('이번 투자에는 …',
'선정된 기업은 …', 'The selected companies are …') adds its parties to the relation it refers to.
Date and amount come from the same sentence (an amount may come from the next one: '계약 규모는 …').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from biobridge.intel.extract import orgrules as R
from biobridge.intel.extract.amounts import Amount, find_amounts
from biobridge.intel.extract.dates import sentence_dates
from biobridge.intel.extract.gazetteer import key
from biobridge.intel.extract.headline import headline_phrases, headline_type
from biobridge.intel.extract.orgs import Organization
from biobridge.intel.extract.text import Sentence, split_sentences

_VERB = r"[^.]{0,25}?(체결|맺|서명|교환|협약식)"
TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "mou",
        re.compile(
            rf"(업무\s*협약|투자\s*협약|협약|MOU|양해각서|공동\s*의향서|의향서|협력\s*각서|MOA|LOI){_VERB}|"
            r"협약식|memorandum of understanding|\bMOU\b|letter of intent|"
            # '양 기관의 협력은 지난해 체결한 업무협약에서 출발했다': the agreement the work came from
            r"(체결한|맺은)\s[^.]{0,30}?(업무\s*협약|협약|MOU|양해각서)(에서|을\s*계기로|을\s*바탕으로)",
            re.I,
        ),
    ),
    (
        "contract",
        re.compile(
            r"(계약|기술\s*이전|기술\s*수출|라이선스|판권)[^.]{0,20}?(체결|맺|따냈|성사|합의|확보)|"
            r"(맺은|체결한)\s[^.]{0,15}?(공급|구매|판매|라이선스|기술이전|위탁생산)\s*계약(에\s*따라|으로|을\s*통해)|"
            # 'X에 플랫폼 기술을 이전하며', 'Y로부터 … 권리를 사들였고': a licence told as a transfer
            r"(기술|플랫폼)(을|를)?\s*이전(하며|했|한다|하고|하기로|해|한\s)|(권리|판권)(을|를)\s*(사들|확보|도입|인수)|"
            r"(권리|판권)(을|를)\s*(넘기는|넘겨|넘기며|넘기고|넘겼)[^.]{0,20}?(계약|라이선스)|"
            r"수주(했|한|에\s*성공)|"
            # '얀센에 … 기술수출한 바 있다', 'Y로부터 … 후보물질을 도입한': a licence told from either side
            r"기술\s*수출(했|한|하며|하고|해|에\s*성공)|로부터\s[^.]{0,60}?도입(했|한|하며|하고|해)|"
            r"\btransferred\b[^.]{0,40}\brights\b|(commerciali[sz]ation|licens\w*|supply|distribution|development"
            r"|manufacturing|CDMO|CMO|CDO|CRO|service)( and \w+)?\s+(agreement|deal|contract)|"
            r"\bagreed to (supply|manufacture|produce|distribute)\b|"
            # 'acquired the Syracuse plant from Bristol Myers Squibb': a plant bought is a deal
            r"\b(acquired|acquire|acquires|bought|buy|buys|purchased|purchase)\b[^.]{0,40}\b(plant|facility|site|factory)"
            r"\b[^.]{0,50}\bfrom\b|"
            # 'Lotte Biologics bought a Bristol Myers Squibb antibody plant in Syracuse'
            r"\b(bought|acquired|purchased)\s+(a|an|the)\s+[A-Z][^.]{0,40}?\b(plant|facility|factory)\b|"
            r"\bsigned\b[^.]{0,40}\bcontract\b|\blicensed (out|in)\b|\blicensing deal\b|"
            r"\blicensed\b[^.]{0,120}\b(to|from)\b|\b(19|20)\d\d deal with\b|"
            r"\b(won|wins|secured|landed|received)\b[^.]{0,50}\b(order|contract)\b",
            re.I,
        ),
    ),
    (
        "investment",
        re.compile(
            r"투자(했|한다|하기로|(\([A-Z]{2,4}\))?를\s*(유치|단행|받)|\s*유치(했|에\s*성공|를\s*(완료|마무리|마쳤)|할)|에\s*(참여|나섰)|"
            r"금을|할\s*계획|를\s*확대|해\s|하여|를\s*진행|하는\s*방식)|유치(했|할)|시리즈\s*[A-D]|"
            r"출자|지분\s*투자|지분을\s*(인수|취득)|지분[^.]{0,25}?(인수|취득)(했|한다|하기로)|베팅(했|한다|하기로)|"
            r"\binvest(s|ed|ing)?\b|investment (in|of)\b|raised|"
            r"funding round|\bloan (package|facility|deal)\b|"
            r"\b(arranged|provided|extended) (a |the )?[\w\s$.-]{0,30}loans?\b|"
            r"\bSeries [A-D]\b|유상증자|제3자\s*배정|\bstake in\b|\bacquire[sd]?\b[^.]{0,30}\bstake\b|"
            # 'will acquire Meridian Trial Sciences': a company bought (a plant bought is a contract)
            r"\b(acquire[sd]?|bought|buys|buy|acquisition of)\s+(?!(a|an|the|its|their)\b)(?-i:[A-Z])"
            r"(?![^.]{0,40}\b(plant|facility|factory|site|stake)s?\b)|"
            # a round told investor by investor: '리드 투자자로 나섰고', '후속 투자', '20억원을 추가로 집행'
            r"(리드|선도|주요|신규|기존)\s*투자자|(을|를)\s*인수(해|했|하며|하고|한다|하기로)|"
            r"납입(한다|했다|하기로|할\s*예정)|신주[^.]{0,20}?(인수|취득)|"
            r"투자자(\([^)]{0,10}\))?로\s*(나섰|참여|합류)|(투자자|출자자|투자사|LP)(로|으로)\s*이름을\s*올|투자를\s*(주도|이끌)|"
            r"라운드[^.]{0,12}?(이끌|이끈|주도|리드|클로징|마무리)|"
            r"펀드(를|을)?\s*(결성|조성)(했|하고|하며|한다|해)|"  # a fund raised: its managers and LPs
            r"펀드(가|는)\s*(결성|조성)(됐|되었|돼|된다)|라운드에\s*([가-힣]+\s*)?(참여|합류)(했|하며|하고|한다)|"
            r"팔로온|후속\s*투자|(추가|후속)(로|으로)?\s*(투자|집행)|억\s*원?을?\s*(베팅|집행|투입)(했|하며|하고)|"
            # 'X도 20억원을 넣으며 주주 명단에 새로 이름을 올렸다': an investor joining the round
            r"억\s*원?을?\s*넣(었|으며|고|는다)|주주\s*명단에\s*(새로\s*)?이름을\s*올",
            re.I,
        ),
    ),
    (
        "selection",
        re.compile(
            r"선정(됐|되었|되어|돼|했|하였|한다|된|해|하고|하여)|(최종\s*)?지정(됐|되었|되어|돼|된\s|받|했|하였|한다|되면서|되며|되자)|"
            r"\d+\s*(곳|개사)(을|를)\s*(새로\s*|신규로?\s*)?인증(했|하였|한다)|"
            r"(수행\s*기업|수행\s*기관|지원\s*대상|대상\s*기업)(을|를)?[^.]{0,20}?확정(했|하고|하며|한다)|"
            # "… 선정하는 '우수성과 100선'에 … 성과로 이름을 올렸다": listed in a quoted selection
            r"['’\"”]에\s[^.]{0,30}?이름을\s*올(렸|랐|라)|선발(했|한다|하여|하고|된|될|할|하는)|"
            r"선정\s*(기업|기관|업체|팀|과제|결과)[^.]{0,12}?(발표|공개)|"  # '최종 선정 기업 4곳을 발표했다'
            r"뽑혔|뽑혀|뽑히(면서|며|고|자)|뽑았|뽑아(?!\s*내|낸|낼)|뽑기도|뽑는다|선정되(면서|며|자)|채택(됐|되)|수상(했|한)|에\s*이름을\s*올|관문을\s*(통과|넘)|낙점|(상|대상|최우수상|우수상|장관상|표창)(을|를)\s*(받았|받아|받으며|받고|수상)|"
            # '이 프로그램 명단에 포함됐다'
            r"(명단|목록)에\s*(포함(됐|되었|돼|되며|되면서|되어)|이름을\s*올)|"
            r"\bselected\b|\bchosen\b|\bpicks?\b|\bnamed\b",
            re.I,
        ),
    ),
    ("visit", re.compile(r"방문|찾아|찾았|찾는|찾을|찾은\s*곳|들른|들렀|들러|방한|\bvisit|\btoured\b", re.I)),
    (
        "event",
        re.compile(
            r"개최|주최(로|하|한|했|하고|하는|해)|주관(으로|하|한|했|하고|하는|해)|개막|참석|"
            r"참가(?!\s*(기업|업체|기관|팀|자|신청))|"  # not '프로그램 참가 기업으로 … 뽑았다'
            r"(?<!문을 )(?<!문을)(열린|열렸|열리|열었)|"  # not '2010년 문을 열었다' (opened its doors)
            r"(?<!투자에 )(?<!투자)(?<!LP로 )(?<!출자자로 )참여(?!기업|기관|업체|사\b|사로)|"
            # presenters and speakers take part in the event they speak at
            r"무대에\s*(올랐|오른|올라|섰)|연사로|발표자로|(발표|소개|설명|시연|강연|IR)(에|를)?\s*나[서섰선]|피칭(을|에)?\s*(하|했|진행|나)|주제\s*발표(를|에|자)|"
            # '이번 포럼에서는 A가 … 발표하고': who takes part in the event just announced
            r"(이번|이날)\s*(행사|포럼|세미나|심포지엄|컨퍼런스|콘퍼런스|박람회|설명회|데모데이)(에서는|에서|에는)\s|"
            r"(발대식|출범식|개소식|개막식|기념식|시상식|착공식|준공식|보고회|착수보고회)(에서는|에서|에는)\s|"
            r"기조\s*(연설|강연)|강연자로|패널로|토론자로|(후원|주관|주최)\s*기관(으로|에)\s*이름을\s*올|"
            r"(세미나|포럼|컨퍼런스|콘퍼런스|심포지엄|간담회|토론회|워크숍|데모데이|상담회|보고회|발대식|출범식|"
            r"박람회|전시회|설명회|라운드테이블|세션|행사)[^.]{0,30}?(진행|연다|열|마련|가졌|갖|운영|주재)|"
            r"\bhost(s|ed|ing)?\b|\battend(s|ed|ing)?\b|"
            # not 'will hold the rights to sell': owning is no occasion
            r"\b(held|holds|hold) (a|an|the|its)\b(?! (\w+ )?(rights?|stakes?|shares?|patents?|licen\w+)\b)|"
            # exhibitors of a convention take part in it as organisations
            r"\bexhibit(s|ed|ing|ors?)?\b|\bbooths?\b|\bpavilion\b|\b(took|take|takes|taking) part\b",
            re.I,
        ),
    ),
    (
        "partnership",
        re.compile(
            r"(?<!산학)(?<!산학\s)(협력|파트너십|제휴|공동\s*연구|공동\s*개발|협업)(?!동|단|업체|기관|센터|\s*(사례|방안|상담|기회|가능성|체계\s*구상|전략|실적|경험|"
            r"을\s*모색|를\s*모색|을\s*기대|를\s*기대|해\s*나갈|하겠))|손잡|손을\s*잡|"
            r"\bpartner(ed|ship|s with)\b|collaborat|alliance|team(ed)? up|together with|jointly with|"
            r"\bjoint (research|development|study)\b|\bformed a consortium\b|\bconsortium with\b|"
            r"(와|과)(도|는)?\s[^.]{0,30}?(연구|개발|임상)(를|을)\s*(진행|수행|함께)|"
            r"(와|과)\s*함께\s[^.]{0,40}?(신설|운영|추진|구축|조성|(지원|육성|발굴|착수|진행|수행)(한다|하기로|하고|하며|했다|해)|"
            r"돕(는다|기로|고))|"
            # 'B와 공동으로 … 시험을 수행해', 'A에서 개발한 기술을 이전받아', '컨소시엄에 합류했다'
            r"(와|과)\s*공동으로\s[^.]{0,40}?(수행|진행|개발|연구|운영)(한다|하기로|했|하며|하고|해)|"
            r"이전\s*받(아|았|은|는)|컨소시엄(에|으로)\s*(합류|참여)(했|한다|하며|하고|해)|"
            r"컨소시엄['’\"”]?을\s*(구성|꾸려|꾸렸|꾸린|이뤄|이루고|이룬|이뤘)|"
            r"(함께|공동으로)\s*(개발|운영|연구|수행|발굴|준비|추진)(한다|하기로|하며|하고|했다|할|하는|해\s*온)|"
            r"\bjointly (run|operate|develop|launch)|\bco-develop",
            re.I,
        ),
    ),
]
TRIGGERS_BY_KIND = dict(TRIGGERS)
_STRONGER = {"mou", "contract", "investment", "selection"}
_PAIR_TYPES = {"mou", "partnership"}
_PER_CLAUSE = {"selection", "partnership", "contract", "mou"}  # one per clause when two clauses state one
_CLAUSE_SPLIT = re.compile(
    r"(?<=[며고서])\s*,\s+|(?<=데\s이어),?\s+|"
    r"(?:(?<=하며)|(?<=했으며)|(?<=하고)|(?<=이며)|(?<=으며)|(?<=, and))\s+|;\s+|,\s+(?=while\s)"
)
_QUOTE = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)|‘[^’]*’")
_HOPE = re.compile(
    r"(으면|하면|다면|된다면)\s|전망|가능성|기대된다|할\s*수\s*있|기회(가|도|를)?\s*(주어|제공)|"
    r"어려움|애로|"  # '투자 유치 과정의 어려움을 들었다': a difficulty heard, not a round
    r"제안(했|하며|하고|한\s)|"  # '론자 측에 … 협력을 제안했다': a proposal, not a partnership
    r"방안을\s*검토"  # '공동연구에도 접목하는 방안을 검토하고 있다': under consideration
)
_MODIFIER_AFTER = re.compile(
    # 'X 관계자는 말했다' speaks for X; 'A와 B, C 관계자 등이 참석했다' lists C among the participants
    r"^\)?(\([^)]*\))?\S{0,2}\s*(산하|소속|출신|제공|관계자(?!들?(이|가|도)\s|\s*,|\s*등)|측은|official|spokes)|"
    # '충남대 교원창업기업 X', 'Y 자회사 Z': where the actor comes from, not an actor
    r"^\s*(교원\s*)?(창업\s*기업|창업기업|자회사|계열사|계열|스핀오프|출자회사)\s|"
    r"^(\([^)]*\))?에\s*따르면|"  # '협회에 따르면 …': who tells, not who acts
    # 'SFDA 등록에 필요한 …': the regulator of a registration, not a party
    r"^(\([^)]*\))?\s*(등록|인증|허가|승인)(에|을|를)\s*(위한|위해|필요한|받|획득|신청|마쳤|완료)|"
    # 'X로부터 … 후보물질을 이전받은 스타트업 Y가 투자를 유치했다': where Y's technology came from
    r"^\)?(\([^)]*\))?(으로부터|로부터)\s[^.]{0,50}?(이전\s*받은|도입한)\s(?!바\s)|"
    r"^(\([^)]*\))?(의)?\s*(심의|심사|평가|검토)(를|을)?\s*(거쳐|거친|통해)|"  # a panel that reviewed
    r"^\s*(교수진|연구진|출신\s*연구진)(이|들이)?\s*(창업|설립)|"
    # '생명연 기술로 창업', '식약처로부터 품목허가를 받아': where a company came from, who approved it
    r"^\S{0,2}\s*기술(로|을\s*바탕으로)\s*(창업|설립)|"
    r"^(\s+[가-힣]{1,8})?(에\s*있는|에\s*위치한|소재)\s|"  # '춘천 바이오타운에 있는 X': where X is
    r"^(\([^)]*\))?(의|로부터|에서)?\s*(품목\s*)?(허가|승인)(을|를)?\s*(받|획득|신청)|"
    # '시가 발표한 계획': the city's plan; '시가 마련한 이날 간담회': the city organised the meeting
    r"^\)?(\([^)]*\))?(가|이)\s[^,.]{0,20}(발표한|공개한|마련한|수립한|지정한)"
    r"(?!\s*(이날\s*)?(행사|간담회|포럼|설명회|세미나|자리|토론회|심포지엄|상담회))|"
    # "J&J's Stelara": a thing of X, not X; 'visited X's headquarters', "X's second vice minister" keep X
    r"^['’]s\s+(?!(headquarters|plant|campus|office|facility|site|factory|lab|(first|second|deputy|vice)\b))"
)
_MODIFIER_BEFORE = re.compile(
    r"(사진|자료|출처|제공)\s*[=:]\s*$|"
    # 'founded by former researchers from Hanmi Pharmaceutical and Seoul National University'
    # ('a roundtable with executives from A, B and C': they take part)
    r"\b(former|by)\s+(researchers|employees|executives|scientists|staff|alumni)\s+(from|of)\s+"
    r"([A-Z][\w&.-]*,?\s+){0,6}(and\s+)?$|"
    r"\b(spin-?off|spun (off|out)|spinout) (from|of)\s+(the\s+)?((?:[A-Z][\w&.-]*|of|and|for)\s+){0,10}\(?$|"
    # 'approval from the European Medicines Agency (EMA)': also the bracketed short name
    r"\b(approval|clearance|authori[sz]ation)s?\s+(from|by|of)\s+(the\s+)?([A-Z][\w.&-]*\s+){0,6}\(?$|"
    # 'Lotte Biologics, the biomanufacturing arm of Lotte Group, said …': whose arm, not who acts
    r"\b(arm|unit|subsidiary|affiliate|division)\s+of\s+(the\s+)?$|"
    r"\b[Aa]ccording to\s+(the\s+)?$"  # 'According to the KDDF, …': who tells, not who acts
)
_REFER_BACK = {
    "investment": re.compile(
        r"^(이번|이|해당|당시)\s*(투자|라운드|펀딩|유상증자|증자)(에는|에|은|는)|^(기존|신규)\s*투자|^라운드에는\s|"
        r"^(새로|신규로|추가로)\s*(합류|참여)한\s*(곳|투자사|기관|투자자)|"
        # '앵커 출자자는 X다', '민간 출자자(LP)로는 A, B가 이름을 올렸다': the fund just raised
        r"^(앵커|민간|주요|전략적)?\s*(출자자|LP)(\([^)]*\))?(는|로는|은)\s|"
        r"(출자자|LP)(로|으로)\s*(이름을\s*올|참여|합류)|"  # 'A와 B가 출자자로 이름을 올렸다': the fund's LPs
        r"\b(participated|took part) in the (round|funding|financing|investment)\b|"
        r"\bjoined the (round|funding|financing)\b|\bled the (round|funding|financing)\b|"
        # 'X led the round. Y and Z also took part, bringing …': the round just told, named no more
        r"^[^.]{0,80}\balso (took part|participated|joined|invested)(?=[,.]|\s+as\s)"
    ),
    # '이번 협약에는 …도 참여', '협약에는 (재)X도 서명기관으로 참여해': a party of the MOU just stated
    # not '협약에 앞서 …' (before the agreement: something else)
    "mou": re.compile(
        r"^(이번\s*|이\s*|해당\s*)?(협약|MOU|업무협약|투자협약)(은|에는|에)\s(?!앞서|앞선|이어)|"
        r"서명\s*기관으로|서명에\s*(참여|동참)|함께\s*서명"  # '이 자리에는 A와 B도 서명 기관으로 함께했다'
    ),
    # '이날 현장 방문에는 도와 테크노파크 관계자들이 동행했다': those who came along on the visit just told
    "visit": re.compile(r"동행(했|하며|하고|한\s)|\baccompanied\b"),
    # '발표 기업은 ▲A ▲B …': those who present at the event just told
    "event": re.compile(
        r"^(이날\s*)?(발표|참가|출전|피칭|IR)\s*(기업|기관|업체|스타트업|팀)(은|는|으로는|로는)\s"
    ),
    "selection": re.compile(
        # not '선정 기업 가운데 A는 …': one of them, telling something else
        r"^(최종\s*|신규로?\s*|새로\s*)?(선정|선발|인증)(된|받은)?\s*(기업|기관|업체|곳|스타트업|컨소시엄|팀|과제)"
        r"(들)?(?!\s*(가운데|중\s|중에|중에서)|(들)?\s*(가운데|중\s|중에))|"
        r"^The selected|^(The )?selected (companies|startups)|"
        # the list told after the announcement: '▲A ▲B 등 5곳이 최종 관문을 통과했다', '3개사가 이름을 올렸다'
        r"(\d+|두|세|네|다섯|여섯)\s*(곳|개사|개\s*(기업|기관|팀|사))(이|가|을|를)\s[^.]{0,20}?"
        r"(관문|문턱|이름|낙점|선정|선발)|"
        r"^The other (two|three|four|five|six|\d+) (are|were|include)\b|"
        r"\b(were|was) also (chosen|selected|picked)\b"
    ),
}
_CONTENT_OF = re.compile(
    # '3개 기관은 협약에 따라 △공동 세미나 개최 등에 협력하기로 했다': what the agreement holds
    r"^([^.\s]{1,6}\s*[^.\s]{0,6}(은|는)\s+)?(이번\s*)?(협약|계약|MOU)(을\s*통해|에\s*따라|으로)|"
    r"^Under the (agreement|deal|contract)",
    re.I,
)
_HANGUL = re.compile(r"[가-힣]")
_UNNAMED_SUBJECT = re.compile(r"[가-힣A-Za-z]{2,}(?<!에서)(?<!에)(?<!로)(은|는)\s")  # not '국내에서는
_RECEIVED = re.compile(r"유치|(으로|로)부터|받았|받은|\braised\b")
_GOVERNMENT_SUBJECT = re.compile(r"([시도])(는|가)\s")
_CO_SUBJECT = re.compile(r"(와|과)\s*(공동으로|함께)\s")
# 'In January, the company …': an English opening phrase may come first
_EN_OPENING = r"(?:[A-Z][^,]{0,25},\s+)?"
_COMPANY_ANAPHOR = re.compile(rf"^(회사는|회사가|이 회사는|동사는|{_EN_OPENING}[Tt]he company)\s")
_ANAPHOR = re.compile(
    r"^(도는|도가|시는|시가|군은|구는|회사는|회사가|이 회사는|협회는|재단은|센터는|양사는|동사는|원은|"
    rf"대학은|병원은|기관은|진흥원은|연구원은|{_EN_OPENING}[Tt]he company|{_EN_OPENING}[Ii]t)\s"
)


_DELEGATION_WORDS = r"대표단|방문단|사절단|방한단|연구진|일행|평가위원단|위원단|평가단|실사단|점검단|심사단"
_DELEGATION = re.compile(rf"(?<![가-힣])({_DELEGATION_WORDS})(은|는|이|가|도)\s")
# '시의 방문단', 'X 연구진'; not 'X 출신 연구진' (people who came from X, acting for someone else)
_DELEGATION_OF = re.compile(
    rf"(?:\s*\([^)]*\))?(?:의)?\s*(?:(?!출신)[가-힣]{{2,8}}\s+)?({_DELEGATION_WORDS})"
)
_THIS_DAY = re.compile(r"(?<![가-힣])(이날|같은\s*날|당일)(?![가-힣])|(?<![가-힣])(이날|당일)(은|에|도)\s")
_GROUP_ANAPHOR = re.compile(
    r"(?:(?:앞서|이어|또|또한|한편|이후|특히|이에|이날)\s+)?(?:[가-힣]{2,10}에서(?:는)?\s+)?"
    r"(양사|양\s*기관|양측|두\s*(?:회사|기관|기업)|세\s*(?:회사|기관|기업)|[2-9]개\s*(?:수행기관|선정기관|기관|사|기업)|"
    r"이들\s*기관)"
    r"(은|는|이|가)\s"
)
# A bare type noun refers back to the organisation of that type named before ('재단이 주최하고').
_TYPE_ANAPHOR = re.compile(
    r"(?<![가-힣])(재단|협회|진흥원|공단|테크노파크|학회|의학원|의료원|센터)(?:(?:은|는|이|가|과|와|도|을|를|에)\s|,\s|"
    rf"\s(?=(?:{_DELEGATION_WORDS})(?:은|는|이|가|도)\s))"  # '진흥원 평가위원단이 … 찾아'
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
_TITLE_AFTER = re.compile(rf"\s*({_HEAD_TITLES}){_TITLE_END}")  # '충북지사': the office may be attached
# '오 처장은': a person named again by surname and title stands for the organisation they head.
# '이정민 대표는': the full name works the same way.
_PERSON_ANAPHOR = re.compile(
    rf"(?<![가-힣])([가-힣])(?:[가-힣]{{1,3}}\s?|\s?)({_HEAD_TITLES})(은|는|이|가|와|과)\s"
)
# Event words used as modifiers ('개막한 바이오코리아를 찾았다', '협회가 주관하는 상을 수상했다') name
# the event a sentence is about; its subject did something else there.
_ADNOMINAL_EVENT = re.compile(
    r"열린|열리는|개막한|개막된|개최된|개최되는|개최한|주관하는|주최하는|주관한|주최한"
)
_CEREMONY = re.compile(r"(협약|체결|서명|조인|업무협약)\s*식")
_ATTEND = re.compile(r"참석|참가|참여|\b(taking|took|take|takes) part\b|\bparticipat\w*", re.I)
_EVENT_NOUN = r"(행사|포럼|세미나|심포지엄|컨퍼런스|콘퍼런스|박람회|설명회|대회|전시회|데이|상담회)"
_EVENT_BACK = re.compile(rf"(이번|이날|해당)\s*{_EVENT_NOUN}")
_ORGANISER = re.compile(r"주최|주관|후원|공동\s*개최")


@dataclass
class Relation:
    type: str
    parties: list[str]  # canonical names, in order of mention
    date: str | None
    amount: Amount | None
    evidence: str  # the sentence that states it
    start: int = 0
    end: int = 0
    extra_evidence: list[str] = field(default_factory=list)
    standalone: bool = False  # a partnership that stands beside the stronger relation naming its parties
    own_round: bool = False  # one of two rounds a sentence tells clause by clause: never merged
    announced: bool = False  # its date is the day it was announced ('체결했다고 23일 밝혔다')


@dataclass
class _State:
    subject: str | None = None
    governments: dict[str, str] = field(default_factory=dict)  # '시'/'도' → the city/province last named
    previous: list[str] = field(default_factory=list)  # the organisations the previous sentence named
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


def find_relations(
    body: str, orgs: list[Organization], published: str | None, title: str | None = None
) -> list[Relation]:
    mentions = sorted(((m.start, m.end, o.canonical) for o in orgs for m in o.mentions), key=lambda x: x[0])
    types = {o.canonical: o.type for o in orgs}
    sentences = split_sentences(body)
    found: list[Relation] = []
    state = _State(
        heads=_heads(body, mentions),
        body=body,
        topic=_topic(title, orgs, companies_only=True),
        lead=_topic(title, orgs),
        types=types,
    )
    for n, sent in enumerate(sentences):
        nxt = sentences[n + 1].text if n + 1 < len(sentences) else ""
        rels = _sentence_relations(body, sent, nxt, mentions, published, state, types)
        for r in rels:
            _add_consortium_lead(r, sent, body, mentions)
            if not _refer_back(r, sent, found, types):
                found.append(r)
    found = _join_host(found)
    found += _bullet_pairs(body, mentions, sentences, published, found)
    _complete_with_topic(found, _topic(title, orgs), types)
    _complete_trip(found, types)
    _complete_visitor(found, orgs)
    found = _merge_events(_dedupe(_merge_selections(_merge_rounds(found, types), types)))
    _complete_from_headline(found, title, orgs, sentences, published)
    return [r for r in _dedupe(found) if not _attracted(r, types) and not _one_sided(r)]


_BARE_CONSORTIUM = re.compile(r"^(이|해당|이번|같은)?\s*컨소시엄(에는|에|엔)\s")
_LEADS_CONSORTIUM = re.compile(r"\s*컨소시엄")


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


def _one_sided(r: Relation) -> bool:
    """A visit needs a visitor and a host, and a round planned by one side with no sum ('내년
    시리즈A 투자 유치에 나서겠다') is no deal; other one-party contracts and rounds are kept (the
    counterpart is often unnamed)."""
    if len(r.parties) != 1:
        return False
    return r.type == "visit" or (
        r.type == "investment" and r.amount is None and bool(_PLAN.search(r.evidence))
    )


_PLAN = re.compile(r"나서겠|나설\s*(계획|예정|방침)|(유치|추진)할\s*(계획|예정|방침)|\bplans? to raise\b")


_HOSTED = re.compile(r"(방문단|대표단|일행|손님)(을|를)\s*(맞|맞이|영접|환영)|맞이한|\bwelcomed\b|\bhosted\b")


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

    out: list[Relation] = []
    for r in rels:
        o = next(
            (
                o
                for o in out
                if o.type == r.type == "selection"
                and any(types.get(p) in _PUBLIC for p in o.parties)
                and not any(types.get(p) in _PUBLIC for p in r.parties)
                and (told_again(o, r) or completes_call(o, r))
            ),
            None,
        )
        if o is None:
            out.append(r)
            continue
        o.parties.extend(p for p in r.parties if p not in o.parties)
        o.extra_evidence.append(r.evidence)
    return out


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


def _attracted(r: Relation, types: dict[str, str | None]) -> bool:
    """'도와 시가 X의 600억원 공장 투자를 이끌어냈다': a region winning a company's own investment
    (told as the investment agreement), not a financing round; '대상 A, 30억 투자 유치…B도 시리즈A':
    two companies that each raised money, no investor between them."""
    kinds = [types.get(p) for p in r.parties]
    if r.type != "investment" or len(r.parties) < 2:
        return False
    received_only = (
        "유치" in r.evidence
        # 'B로부터 투자를 유치': B invested, whatever its type
        and not any("로부터" in e for e in (r.evidence, *r.extra_evidence))
        and all(k in _COMPANY_TYPES - {"big_pharma", "large_company"} for k in kinds)
        and not any(_investor_name(p) for p in r.parties)
    )
    return received_only or (
        "government" in kinds and all(k in _COMPANY_TYPES | {"government", None} for k in kinds)
    )


# Who is selected, funded, contracted or visited when the sentence does not say: Korean drops the
# subject the article is about ('중기부의 팁스에도 선정됐다', 'LB인베스트먼트가 참여했다').
_TOPIC_TYPES = {"selection", "investment", "contract", "visit"}
_PUBLIC = {"government", "public_agency", "agency"}
# The side a sentence names when it leaves the topic out: investors, the selecting body, the officials
# who toured (the mayor 'toured the new facility': the article's company is the host).
_GIVERS = {"investment": {"investor"}, "selection": _PUBLIC, "visit": _PUBLIC}


def _topic(title: str | None, orgs: list[Organization], *, companies_only: bool = False) -> str | None:
    """The organisation the article is about: the headline's first actor the body names, else the
    company named most often. `companies_only`: the company it is about ('회사는' stands for it)."""
    pool = [o for o in orgs if o.type in _COMPANY_TYPES] if companies_only else orgs
    by_name = {key(m.text): o.canonical for o in pool for m in o.mentions}
    by_name.update({key(o.canonical): o.canonical for o in pool})
    if title and title.isascii():  # 'Neuvantis Bio teams up with Lonza': the name it opens with
        opening = [n for n in by_name if n.isascii() and len(n) >= 3 and key(title).startswith(n)]
        if opening:
            return by_name[max(opening, key=len)]
    for phrase in headline_phrases(title):
        # '충남대 창업기업 아르테나바이오': a description, then the name
        for text in (phrase.text, phrase.text.split()[-1]):
            if phrase.role == "actor" and (name := by_name.get(key(text))):
                return name
    companies = [o for o in orgs if o.type in _COMPANY_TYPES]
    if not companies:
        return None
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


def _complete_trip(found: list[Relation], types: dict[str, str | None]) -> None:
    """'경상북도 투자유치단이 바젤을 찾았다 … 첫 일정으로 로슈 본사를 찾았다. 이튿날에는 바젤대학교를
    방문했다': the hosts of a trip told stop by stop were visited by the trip's visitor."""
    visitor = None
    for r in found:
        if r.type != "visit":
            continue
        if len(r.parties) >= 2:
            visitor = r.parties[0]
        elif types.get(r.parties[0]) == "government" and visitor is None:
            visitor = r.parties[0]  # the delegation setting out, with a place for host
        elif visitor and r.parties[0] != visitor and not _OFFICIAL_VISITOR.search(r.evidence):
            r.parties.insert(0, visitor)


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


def _complete_with_topic(found: list[Relation], topic: str | None, types: dict[str, str | None]) -> None:
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
        if (lone or givers_only) and not received and not hostless:
            r.parties.append(topic)


def _region(name: str, types: dict[str, str | None]) -> bool:
    return types.get(name) == "government" and name.endswith(("시", "도", "군"))


_FROM = re.compile(r"(으로|로)부터\s[^.]{0,60}?(지정|선정|인증)\s*받")
_FUNDERS = {"investor", "public_agency", "agency"}  # '혁신센터도 후속 투자에 참여': joins the round before
_COMPANY_TYPES = {"company", "startup", "big_pharma", "cdmo", "sme", "large_company"}


def _investor_name(name: str) -> bool:
    """'아주IB투자', 'LB Investment': a name that says investor whatever type the gazetteer gave it."""
    last = name.split()[-1]
    info = R.suffix_info(last) if not last.isascii() else None
    return (
        name.endswith("투자")
        or (info is not None and info[0] == "investor")
        or R.EN_SUFFIXES.get(last.lower()) == "investor"
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
        sent = next((x for x in sentences if x.start <= m.start() < x.end), None)
        parties = [inside[0][2], inside[1][2]]
        if sent is None or any(r.type == "partnership" and set(r.parties) == set(parties) for r in found):
            continue
        pair = _stated("partnership", parties, sent, published, [])
        pair.standalone = True  # the selection names all pairs; each pair works together besides
        out.append(pair)
    return out


_BESIDE = re.compile(r"[가-힣A-Za-z)]\s*(외에|외에도|과\s*함께|와\s*함께)\s|\b(along with|alongside)\b")
_CALLED_INVESTOR = re.compile(r"(전략적\s*)?투자자|\bSI\b|strategic investor", re.I)


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
    r"(?:\s*(?:투자|라운드|round|funding))?(?:를|을|의)?\s*(?:투자\s*)?"
    r"(?:유치|받|마무리|클로징|완료|raised|closed|led by)|"
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
        return None
    letters = [g for g in m.groups() if g and len(g) == 1 and g.isalpha()]
    if letters:
        return letters[0].upper()
    if any(g and g.upper() == "IPO" for g in m.groups()):
        return "pre-IPO"
    return "seed"


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
    this_day = state.day if _THIS_DAY.search(sent.text) else None
    state.day = state.day or (stated[0] if stated else None)
    inside = sorted(inside + _anaphors(sent, mentions, state), key=lambda x: x[0])
    inside = [(a, b, name) for a, b, name in inside if _is_party(body, a, b, name)]
    # '… 김 상무는 "사노피와의 공동연구가 …"라고 말했다': names inside a quote are what someone said
    quoted = [(sent.start + m.start(), sent.start + m.end()) for m in _QUOTE.finditer(sent.text)]
    inside = [x for x in inside if not any(qa <= x[0] < qb for qa, qb in quoted)]
    inside = _without_units(body, inside)
    state.previous = list(dict.fromkeys(name for _a, _b, name in inside))
    located = {
        name
        for (_a, b, name), following in pairwise(inside)
        if _is_location(body, b, following[0], types.get(name))
    }
    inside = [x for x in inside if x[2] not in located or sum(y[2] == x[2] for y in inside) > 1]
    _track_government(state, inside, types)
    if _FUND_RAISED.search(sent.text):  # 'A와 B가 공동운용하는 500억원 규모 펀드가 결성됐다': its managers
        state.fund = [name for _a, _b, name in inside if types.get(name) == "investor"] or state.fund
    elif state.fund and (m := _FUND_ANAPHOR.match(sent.text)):
        # '펀드는 딥큐어랩스의 프리A 라운드에 참여했다': the fund acts through its managers
        inside = sorted(inside + [(sent.start, sent.start + m.end(1), name) for name in state.fund])
    own_subject = _subject(body, sent, inside)
    subject = own_subject or (state.subject if _ANAPHOR.match(_lead(sent.text)) else None)
    if own_subject is None and state.topic and _COMPANY_ANAPHOR.match(_lead(sent.text)):
        # '회사는 …': the company the article is about, even after a sentence about its CDMO partner;
        # English 'The company …' is the company the sentence before was about
        english = not _HANGUL.search(sent.text)
        last = state.subject if english and types.get(state.subject) in _COMPANY_TYPES else None
        subject = last or state.topic
    gov = _GOVERNMENT_SUBJECT.match(_lead(sent.text))
    if own_subject is None and gov and gov.group(1) in state.governments:
        subject = state.governments[
            gov.group(1)
        ]  # '시는 지난해 … 업무협약을 맺고': the city, not the last subject
    inside += _anaphoric_government(sent, state)
    if not inside and subject is None and _round_of_last_subject(sent.text, state, types):
        subject = state.subject  # '(X는 …) 앞서 2023년에는 45억원 규모의 시리즈A 투자를 유치했다'
    unnamed_partner = bool(state.subject and _UNNAMED_PARTNER.search(sent.text))
    if _CONTENT_OF.match(_lead(sent.text)) or not (inside or subject or unnamed_partner):
        return []
    co_subjects = [name for _a, b, name in inside if own_subject and _CO_SUBJECT.match(body, b)]
    by_type: dict[tuple[str, int], list[str]] = {}
    forced = next((k for k, rx in _REFER_BACK.items() if rx.search(_lead(sent.text))), None)
    everyone = [name for _a, _b, name in inside]
    clauses = _clauses(sent)
    # a sentence referring back adds to that relation; a selection it also tells ('이번 투자는 도가 … 공모에서
    # 지정된 이후 나온 …') is told besides
    clause_kinds = [
        [forced, *(k for k in _triggers(clause) if k == "selection" != forced)]
        if forced
        else _triggers(clause)
        for _s, _e, clause in clauses
    ]
    # 'A의 팁스에 선정된 데 이어, B의 육성사업 대상으로 뽑혔다': two selections, one per clause
    split = {k for k in _PER_CLAUSE if sum(k in ks for ks in clause_kinds) >= 2}
    if _two_rounds(clauses, clause_kinds):
        split.add("investment")
    if any("investment" in ks for ks in clause_kinds):
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
    for n, (c_start, c_end, clause) in enumerate(clauses):
        names = [name for a, _b, name in inside if c_start <= a < c_end]
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
            elif subject and (
                not chosen
                or kind in _PAIR_TYPES | {"contract", "visit"}
                # '메디루프온은 … 중기부의 팁스에 선정돼': only the selecting side named in the clause
                or (kind == "selection" and all(types.get(x) in _PUBLIC for x in chosen))
            ):
                chosen = [subject, *chosen]
            if subject in chosen and kind not in _PAIR_TYPES:
                # 'A는 B와 공동으로 데모데이를 열고, 선정 기업을 발표했다': B acts with A in every clause
                chosen = [*chosen, *(x for x in co_subjects if x not in chosen)]
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
                        and types.get(state.subject) in _COMPANY_TYPES
                        and all(types.get(x) in _PUBLIC for x in chosen)
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
                    last = state.topic
                chosen = [last, *chosen]
            parties.extend(x for x in chosen if x not in parties)
    recipient = (subject or state.subject) if own_subject is None and not unnamed_topic else None
    for (kind, _n), parties in by_type.items():
        if (
            kind == "investment"
            and recipient
            and parties
            and recipient not in parties
            and types.get(recipient) not in _FUNDERS | {"government"}
            and all(types.get(p) in _FUNDERS for p in parties)
            and _RECEIVED.search(sent.text)
        ):
            parties.insert(0, recipient)  # '(셀로닉스는) 지난해 A와 B로부터 시드 투자를 유치한 바 있다'
        elif kind == "contract" and recipient and not parties and _UNNAMED_PARTNER.search(sent.text):
            parties.append(recipient)  # '(회사는) 일본 소재 유통사와 … 판매 계약을 맺고'
        elif (
            kind == "partnership"
            and state.subject
            and state.subject not in parties
            and (own_subject is None or own_subject in parties)
            and _JOINS_CONSORTIUM.search(sent.text)
        ):
            # '병원은 주관기관을 맡는다. A와 B 등 기업 3곳이 컨소시엄에 합류했다': the lead is a partner too
            parties.insert(0, state.subject)
    if subject:
        state.subject = subject
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
        if r := _relation(
            kind,
            parties,
            _clause_of(sent, clauses, n) if own_round else sent,
            nxt,
            published,
            state,
            this_day,
        ):
            r.own_round = own_round
            rels.append(r)
    if own_subject and _EACH.search(sent.text):
        rels = [piece for r in rels for piece in _each(r, own_subject)]
    rels = _consortium_selected(rels, sent, inside, types)
    if rels:
        state.group = max((r.parties for r in rels), key=len)
        state.groups += [list(r.parties) for r in rels]
    return rels


_CHOSE = re.compile(r"(뽑았|뽑기도|선정했|선발했|낙점했)")
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


_EACH = re.compile(r"(?<![가-힣])각각(?![가-힣])|(?<![가-힣])각자(?![가-힣])")


def _each(r: Relation, subject: str) -> list[Relation]:
    """'A는 B, C와 각각 공동연구를': one agreement with each, not one among the three."""
    others = [p for p in r.parties if p != subject]
    if r.type not in _PAIR_TYPES | {"contract"} or subject not in r.parties or len(others) < 2:
        return [r]
    return [replace(r, parties=[subject, p], extra_evidence=[]) for p in others]


# '일본 소재 의료기기 전문 유통사와 … 판매 계약', 'with a U.S.-based biotech company': a contract whose
# other side the text describes but does not name is still a contract of the one it names.
_UNNAMED_PARTNER = re.compile(
    r"(제약사|제약회사|바이오텍|기업|업체|유통사|고객사|빅파마|곳)\s*(두|세|네|\d+)?\s*(곳)?(와|과|로부터)\s|"
    r"\b(with|from) an? [\w\s.,-]{0,40}?(company|biotech|drugmaker|firm|client|partner|customer)\b",
    re.I,
)


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


def _stated(
    kind: str,
    parties: list[str],
    sent: Sentence,
    published: str | None,
    amounts: list[Amount],
    fallback_date: str | None = None,
) -> Relation:
    """The relation as `sent` states it: its first date (else `fallback_date`), first amount, evidence."""
    dates = sentence_dates(sent.text, published)
    said = [d for d in dates if _ANNOUNCED.match(sent.text, d.start)]
    told = [d for d in dates if d not in said]
    return Relation(
        kind,
        parties,
        (told or dates)[0].value if dates else fallback_date,
        amounts[0] if amounts else None,
        sent.text,
        sent.start,
        sent.end,
        announced=bool(said) and not told,
    )


_ANNOUNCED = re.compile(r"\d{1,2}\s*일\s*(밝혔|전했|발표했|알렸)")


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
    return heads


def _anaphors(sent: Sentence, mentions, state: _State) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    """Type nouns ('재단이') and people ('오 처장은') standing for an organisation named before."""
    out = []
    for m in _TYPE_ANAPHOR.finditer(sent.text):
        pos = sent.start + m.start()
        before = [name for a, _b, name in mentions if a < pos and name.endswith(m.group(1))]
        if before:
            # '협회 대표단은': the association the article is about, else the one named last
            lead = state.lead if state.lead in before else before[-1]
            out.append((pos, pos + len(m.group(1)), lead))
    m = _GROUP_ANAPHOR.match(sent.text)
    if m and _group_size(m.group(1)) == 2 and _introduced_partner(state):
        # '이엔셀이 임상 시료 생산을 맡는다. 양사는 …': the company the article is about and the
        # partner the sentence before introduced
        out += [(sent.start, sent.start + m.end(1), name) for name in (state.topic, state.previous[0])]
    elif m and len(state.group) >= 2 and _group_size(m.group(1)) in (None, len(state.group)):
        # '양사는', '세 기관은': the organisations just named together (two means two, not four investors)
        out += [(sent.start, sent.start + m.end(1), name) for name in state.group]
    elif m and (size := _group_size(m.group(1))) and size >= 2:
        # '3개 기관은 …', '양 기관은' after other relations: the last group of that many
        earlier = next((g for g in reversed(state.groups) if len(g) == size), None)
        if earlier is None and re.search(r"(수행|선정)기관", m.group(1)):
            # '5개 수행기관이': the selected of the last selection naming that many, not who selected them
            chosen = ([p for p in g if state.types.get(p) not in _PUBLIC] for g in reversed(state.groups))
            earlier = next((c for c in chosen if len(c) == size), None)
        if _COMPANY_COUNT.search(m.group(1)):
            # '4개사는': the companies of the last group naming that many (a selection's selected)
            small = _COMPANY_TYPES - {"big_pharma", "large_company"}  # the selecting drugmaker is not one
            companies = ([p for p in g if state.types.get(p) in small] for g in reversed(state.groups))
            earlier = next((c for c in companies if len(c) == size), None)
        if earlier:
            out += [(sent.start, sent.start + m.end(1), name) for name in earlier]
    for m in _DELEGATION.finditer(sent.text):  # '대표단은 전날 …': the organisation it came from
        pos = sent.start + m.start()
        before = [name for a, b, name in mentions if b <= pos and _DELEGATION_OF.match(state.body, b)]
        if before and not any(a <= pos < b for a, b, _ in mentions):
            out.append((pos, pos + len(m.group(1)), before[-1]))
    m = _THESE.search(sent.text)
    if m and len(state.previous) >= 2:  # '… 노블셀젠 등 3개사가 들어섰다. … 이들 기업을 최종 선정했다'
        pos = sent.start + m.start()
        out += [(pos, sent.start + m.end(1), name) for name in state.previous]
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
    for m in _PERSON_ANAPHOR.finditer(sent.text):
        name = state.heads.get((m.group(1), m.group(2)))
        if name:
            pos = sent.start + m.start()
            out.append((pos, sent.start + m.end(2), name))
    return out


def _introduced_partner(state: _State) -> bool:
    """The sentence before named one organisation alone, new to the last relation, beside the topic."""
    return (
        len(state.previous) == 1
        and state.topic is not None
        and state.previous[0] != state.topic
        and state.previous[0] not in state.group
    )


_COMPANY_COUNT = re.compile(r"개사|개\s*기업|곳")
_THESE = re.compile(
    r"(?<![가-힣])이들\s*(기업|업체|스타트업|회사|기관|병원|대학)(들)?(을|를|은|는|이|가|의|과|와|에)?\s"
)
# an ambassador acting (not one watching: '대사가 지켜보는 가운데' leaves the embassy out of the deal)
_AMBASSADOR = re.compile(
    r"(?<![가-힣])[가-힣]{0,6}대사(\s*일행)?(?=(은|는|이|가|도)\s(?![^.]{0,10}(지켜보|참석한\s*가운데|배석)))|"
    r"\b[Tt]he ambassador\b"
)
_EN_OFFICE = re.compile(r"\b[Tt]he (minister|ministry|mayor|governor)\b")
_EN_OFFICE_ENDS = {"minister": ("부", "처"), "ministry": ("부", "처"), "mayor": ("시",), "governor": ("도",)}


def _group_size(word: str) -> int | None:
    if word.startswith(("양", "두")):
        return 2
    if word.startswith("세"):
        return 3
    digit = re.match(r"\d", word)
    return int(digit.group()) if digit else None


def _event_role(clause: str, kinds: list[str]) -> tuple[str | None, int]:
    """('all', 0) parties; ('others', n): the event is a modifier, its parties are the organisations
    named before offset n other than the subject; (None, 0): no event."""
    text = _QUOTE.sub(" ", clause)
    hits = list(TRIGGERS_BY_KIND["event"].finditer(text))
    if hits and _CEREMONY.search(text) and all(_ATTEND.match(text, m.start()) for m in hits):
        return None, 0  # attending a signing ceremony is the agreement, not an event
    if hits and _CEREMONY.search(text) and not re.search(_EVENT_NOUN, text):
        return None, 0  # '…에서 열린 투자협약식에서': the ceremony held is the agreement's
    if hits and all(_ADNOMINAL_EVENT.match(text, m.start()) for m in hits) and len(kinds) > 1:
        return (None, 0) if "selection" in kinds else ("others", hits[0].start())
    return "all", 0


def _lead(text: str) -> str:
    """The sentence without list markers in front ('□ 이번 협약을 통해' → '이번 협약을 통해')."""
    return re.sub(r"^[\s□■○●◇◆▲△▶►•·※\-–—*①-⑳]+", "", text)


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
    return rounds >= 2 and len(amounts) == rounds and len(set(amounts)) == rounds


def _clause_of(sent: Sentence, clauses: list[tuple[int, int, str]], n: int) -> Sentence:
    if n < 0:
        return sent
    start, end, text = clauses[n]
    return Sentence(text, start, end)


def _clauses(sent: Sentence) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for m in _CLAUSE_SPLIT.finditer(sent.text):
        out.append((sent.start + pos, sent.start + m.start(), sent.text[pos : m.start()]))
        pos = m.end()
    out.append((sent.start + pos, sent.end, sent.text[pos:]))
    return out


_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
_EN_AGREEMENT = re.compile(r"\bsigned (an?|the) [\w\s-]{0,30}?(agreement|pact)\b", re.I)


def _triggers(clause: str) -> list[str]:
    # '1.4 trillion won': a decimal point is no sentence end for the '[^.]' spans of the patterns
    text = _DECIMAL_POINT.sub("_", _QUOTE.sub(" ", clause))
    kinds = [kind for kind, rx in TRIGGERS if rx.search(text)]
    if "contract" not in kinds and "mou" not in kinds and _EN_AGREEMENT.search(text):
        kinds.insert(0, "mou")  # a plain 'agreement' (not a licence or supply deal) is an MOU
    if _HOPE.search(text):
        kinds = [k for k in kinds if k not in {"mou", "partnership", "investment", "visit"}]
    if "event" in kinds and set(kinds) & {"mou", "contract", "investment"}:
        # '참석한 가운데 … 협약을 맺었다', '유상증자에 참여해': taking part in the deal, not in an event
        rest = _ATTEND.sub(" ", text)
        if not TRIGGERS_BY_KIND["event"].search(rest):
            kinds.remove("event")
    if "event" in kinds and not _EVENT_WORD.search(text) and not re.search(r"다[.\"”']*\s*$", text.strip()):
        hits = TRIGGERS_BY_KIND["event"].finditer(text)
        if all(m.group().startswith("참여") for m in hits):
            kinds.remove("event")  # a subtitle '…뮤라디엑스·ETRI 참여': members of a project, no occasion
    if (
        "event" in kinds
        and _DEAL_CEREMONY.search(text)
        and not _EVENT_WORD.search(_THIS_DAY.sub(" ", _DEAL_CEREMONY.sub(" ", text)))
    ):
        kinds.remove(
            "event"
        )  # '회의실에서 열린 임상 실증 계약식에서': the signing of a deal, not an occasion
    if "event" in kinds and re.search(r"(정례적|정기적)으로", text):
        kinds.remove("event")  # '기술 상담회를 정례적으로 열고 있다': a standing practice, not an occasion
    if "selection" in kinds and re.search(
        r"(지정|선정)(돼|되어)\s*있|현재\s[^.]{0,30}?(지정|선정)된\s", text
    ):
        kinds.remove("selection")  # '전국 10개 병원이 연구중심병원으로 지정돼 있다': a standing, not an act
    if "partnership" in kinds and _NOT_TOGETHER.search(text):
        kinds.remove("partnership")  # 'A·B도 AI 기업과의 협력을 늘리고 있다', 'A와 함께 양대 재단으로 꼽힌다'
    if "event" in kinds and _CONSORTIUM.search(text):
        # '컨소시엄에는 A, B, C가 참여한다': partners of a consortium, not participants of an event
        kinds = [k for k in kinds if k != "event"] + (["partnership"] if "partnership" not in kinds else [])
    if {"mou", "investment"} <= set(kinds) and _ACQUISITION.search(text):
        kinds.remove("mou")  # 'signed a definitive agreement to buy a 100 percent stake': the purchase
    if "investment" in kinds and _UNNAMED_INVESTEE.search(text):
        kinds.remove("investment")  # '참여 기업 3곳의 후속 투자 유치를 이끌어냈다': whose round is not said
    if "investment" in kinds and _BUDGET.search(text):
        kinds.remove("investment")  # '산업부는 국비 1200억원을 투입하고': public money spent, not a round
    if {"mou", "investment"} <= set(kinds) and _PLEDGE.search(text):
        kinds.remove("investment")  # 'an agreement under which X will invest': the MOU is the pledge
    if "mou" in kinds and _SIGNING_ATTENDED.search(text) and not _SIGNED.search(text):
        kinds.remove("mou")  # '이날 협약식에는 시장을 비롯해 30여명이 참석했다': who attended, not who signed
    if "selection" in kinds and _INVESTEE_PICKED.search(text):
        # '펀드는 첫 투자처로 X를 낙점했다': an investment, not a selection
        kinds = [k for k in kinds if k != "selection"] + (["investment"] if "investment" not in kinds else [])
    if "visit" in kinds and not TRIGGERS_BY_KIND["visit"].search(_FIND.sub(" ", text)):
        kinds.remove("visit")  # '적응증을 찾아내는', '표적을 찾는다는': finding, not visiting
    return kinds


_FUND_RAISED = re.compile(r"펀드(가|는|를|을)?\s*(결성|조성)")
_FUND_ANAPHOR = re.compile(r"(?:이\s*)?(펀드)(는|가|도)\s")
_UNNAMED_INVESTEE = re.compile(r"(기업|스타트업|곳|개사)의\s*(후속\s*)?투자\s*유치")
_BUDGET = re.compile(r"(국비|지방비|도비|시비|군비|국고|예산)\s*\d[\d,.]*\s*(조|억|만)")
_NOT_TOGETHER = re.compile(
    r"(기업|업체|기관|스타트업|바이오텍|제약사|빅파마)(과|와)의\s*(협력|협업|공동|제휴)|꼽힌다|꼽히는|불린다|불리는"
)
_EVENT_WORD = re.compile(
    r"행사|포럼|세미나|심포지엄|컨퍼런스|콘퍼런스|박람회|전시회|설명회|간담회|토론회|워크숍|데모데이|상담회|"
    r"대회|축제|이날|개막|개최|\bday\b|데이|엑스포|바이오코리아|BIO|\bforum\b|\bconference\b|\bsummit\b|\bexpo\b",
    re.I,
)
_DEAL_CEREMONY = re.compile(r"(계약|협약|체결|서명|조인)식")
_SIGNING_ATTENDED = re.compile(r"협약식(에는|에)\s[^.]*참석")
_SIGNED = re.compile(r"체결|맺|서명|교환")
_INVESTEE_PICKED = re.compile(r"투자\s*(처|대상|기업)(로|으로)\s")
_JOINS_CONSORTIUM = re.compile(r"컨소시엄(에|으로)\s*(합류|참여)|참여하는\s*컨소시엄이\s*꾸려")
_CONSORTIUM = re.compile(r"컨소시엄(에는|에|엔)\s[^.]{0,80}참여|컨소시엄['’\"”]?(을|이)\s*(구성|꾸려|꾸렸)")
_ACQUISITION = re.compile(r"\bagreement to (buy|acquire|purchase|take over)\b", re.I)
_PLEDGE = re.compile(r"\bwill invest\b|\bplans to invest\b|투자(하기로|할\s*(계획|예정|방침))")
_FIND = re.compile(
    r"찾아\s*내|찾아낸|찾아나|찾는다는|찾을\s*수|찾기|찾는\s*(데|것)|"
    r"방문\s*(기회|프로그램|일정|비용|지원)"  # '연구소 방문 기회를 제공한다': a benefit, not a visit
)


# "'화순 백신특구 활성화를 위한 업무협약'": a name inside an agreement's quoted title is its topic.
_AGREEMENT_TITLE = re.compile(r"['‘\"“][^'’\"”\n]{3,80}?(협약|MOU|양해각서|협정)\s*['’\"”]")


_PLACE_AFTER = re.compile(r" [가-힣]")
_ADDRESS_AFTER = re.compile(r"\s+[가-힣]{1,4}(구|군|읍|면)\s")


def _is_location(body: str, end: int, next_start: int, kind: str | None) -> bool:
    """'기장군 동남권원자력의학원': a city or county right before another name says where it is."""
    return kind == "government" and body[end - 1 : end] in "시군구" and body[end:next_start] == " "


# '세브란스병원 심장혈관병원', '한국생명공학연구원 줄기세포융합연구센터', 'KIST 뇌과학연구소': a unit
# named right after its parent; the parent is the party
_UNIT_END = re.compile(
    r"(센터|연구소|연구단|연구원|병원|대학|학과|학부|캠퍼스|사업단|본부|Center|Institute)$"
)


def _without_units(body: str, inside):  # type: ignore[no-untyped-def]
    out = []
    for x in inside:
        if out and body[out[-1][1] : x[0]] == " " and x[2] != out[-1][2] and _UNIT_END.search(x[2]):
            continue
        out.append(x)
    return out


_PLACE_OF = re.compile(r"(\s+[가-힣]{1,12}){0,2}\s*(에서|에\s*있는|내\s)")


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
    return not _MODIFIER_AFTER.match(body[b : b + 80]) and not _MODIFIER_BEFORE.search(
        body[max(0, a - 80) : a]
    )


# 'X said', 'X, the biomanufacturing arm of Y, said': X is the subject
_EN_SUBJECT = re.compile(
    # 'Orixa, founded in 2020 by former researchers of KRICT, is developing …'
    r"(,\s+(the|a|an)\s[^,.]{0,60},|,\s+(founded|established|based|headquartered)\s[^,]{0,110},)?"
    r"\s+(also\s+)?(said|says|will|has|have|signed|announced|is|was|raised|closed|agreed|bought|acquired|won)\b"
)
_LATER_CLAUSE = re.compile(
    r"(는데|지만|으나|했고|했으며|하며|하고|면서|데\s이어),\s|,\s+(while|whereas|but)\s"
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
        if re.match(r"(\([^)]*\))?(은|는|이|가|에서는)\s", body[b : b + 45]) or _EN_SUBJECT.match(body, b):
            return name
    return None


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
    previous = next((x for x in reversed(found) if x.type == r.type), None)
    if not (rx and rx.search(_lead(sent.text))) and _LED.search(sent.text):
        # '투자를 주도한 X의 김 상무는 …': the round the article opened with, not a seed told as background
        previous = next((x for x in found if x.type == r.type), previous)
    if previous is None or _other_round(previous, r):
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
    previous.parties.extend(p for p in r.parties if p not in previous.parties)
    previous.amount = previous.amount or r.amount
    previous.extra_evidence.append(r.evidence)
    return True


_LED = re.compile(r"투자를\s*(주도|이끈|리드)한|\bled the (round|investment)\b")


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
                    and (_same_day(o.date, r.date) or _AT_THE_EVENT.match(_lead(r.evidence)))
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
    r"(이번\s*|이날\s*)?(발대식|출범식|개소식|개막식|기념식|시상식|착공식|준공식|보고회|행사|포럼|데모데이)"
    r"(에서는|에서|에는)\s"
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


def _contains(o: Relation, r: Relation, rs: set[str]) -> bool:
    if r.type == "partnership" and o.type != "partnership":
        if o.type not in _PAIR_TYPES | {"contract"} and r.evidence not in (o.evidence, *o.extra_evidence):
            return False  # '선정된 A는 B와 공동연구를 진행하기로 했다': a deal of its own, not the selection
        return rs <= set(o.parties) and not r.standalone
    if o.type != r.type:
        return False
    if _other_deal(o, r):
        return False
    return rs <= set(o.parties) and _same_occasion(o, r, later_inside=True)


def _other_deal(o: Relation, r: Relation) -> bool:
    """'an order from a European drugmaker' beside a deal of another size with a named partner:
    two contracts, not one told twice."""
    if r.type == o.type == "investment" and not _same_round(o, r):
        return True  # '이듬해 퓨처플레이로부터 시드 투자를 받았다' beside this Series A it joined
    small = r if len(r.parties) <= len(o.parties) else o
    big = o if small is r else r
    if not (r.type == o.type == "contract" and len(small.parties) == 1):
        return False
    if r.amount and o.amount and r.amount.value != o.amount.value:
        return True
    # 'won a $100 million order from a US-based biotech' beside 'acquired the plant from BMS' told elsewhere
    return small.evidence != big.evidence and bool(_UNNAMED_PARTNER.search(small.evidence))


def _dedupe(rels: list[Relation]) -> list[Relation]:
    """Drop a relation another one contains (same type, or a partnership inside a stronger one)."""
    out: list[Relation] = []
    for r in rels:
        rs = set(r.parties)
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
