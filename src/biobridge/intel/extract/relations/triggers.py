"""Trigger words per relation kind, the exclusions that drop them, clause splitting and the
role an event word plays in its clause."""

from __future__ import annotations

import re

from biobridge.intel.extract.relations.patterns import _QUOTE, _THIS_DAY
from biobridge.intel.extract.text import Sentence

_VERB = r"[^.]{0,25}?(체결|맺|서명|교환|협약식)"
TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "mou",
        re.compile(
            rf"(업무\s*협약|투자\s*협약|협약|MOU|양해각서|공동\s*의향서|의향서|협력\s*각서|MOA|LOI){_VERB}|"
            # not '협약식에 앞서 … 포럼이 열렸다': the signing only tells when something else happened
            r"협약식(?!\s*(에\s*)?(앞서|앞선|직후|직전|이후|에\s*이어|전에))|"
            r"memorandum of understanding|\bMOU\b|letter of intent|"
            # '양 기관의 협력은 지난해 체결한 업무협약에서 출발했다': the agreement the work came from
            # '양 협회는 2023년 11월 맺은 업무협약에 따라 해마다 교류회를 열고': the agreement it follows
            r"(체결한|맺은)\s[^.]{0,40}?(업무\s*협약|협약|MOU|양해각서)['’\"”]?(에서|을\s*계기로|을\s*바탕으로|에\s*따라)|"
            # '서울시가 지난 3월 한국MSD와 맺은 … 업무협약의 후속 프로그램': the agreement a programme follows
            r"(와|과)\s*(체결한|맺은)\s[^.]{0,50}?(업무\s*협약|협약|MOU|양해각서)['’\"”]?(의|에\s*따른|에\s*따라)\s",
            re.I,
        ),
    ),
    (
        "contract",
        re.compile(
            r"(계약|기술\s*이전|기술\s*수출|라이선스|판권)[^.]{0,20}?(체결|맺|따냈|따내(며|고|면서)|따낸|성사|합의|확보)|"
            r"계약(에도|에|서에)\s*서명(했|하며|하고|한\s)|"  # '중남미 독점 공급 계약에도 서명했다'
            r"(인수|공급|라이선스)\s*계약(을|를)\s*(마무리|마쳤|완료)|"  # '공장 인수 계약을 마무리하며'
            r"(맺은|체결한)\s[^.]{0,15}?(공급|구매|판매|라이선스|기술이전|위탁생산)\s*계약(에\s*따라|으로|을\s*통해)|"
            # 'X에 플랫폼 기술을 이전하며', 'Y로부터 … 권리를 사들였고': a licence told as a transfer
            r"(기술|플랫폼)(을|를)?\s*이전(하며|했|한다|하고|하기로|해|한\s)|(권리|판권)(을|를)\s*(사들|확보|도입|인수)|"
            # '후보물질을 X에 정액기술료 5억원을 받고 이전한 바 있다': the recipient before the verb
            r"(후보\s*물질|물질|기술|특허)(을|를)\s[^.]{0,40}?에(게)?\s[^.]{0,30}?이전(하며|했|한다|하고|하기로|해|한\s)|"
            r"(권리|판권)(을|를)\s*(넘기는|넘겨|넘기며|넘기고|넘겼)[^.]{0,20}?(계약|라이선스)|"
            r"수주(했|한|하기도|하며|하고|에\s*성공)|"
            # '얀센에 … 기술수출한 바 있다', 'Y로부터 … 후보물질을 도입한': a licence told from either side
            r"기술\s*수출(했|한|하며|하고|해|에\s*성공)|로부터\s[^.]{0,60}?도입(했|한|하며|하고|해)|"
            # 'it granted Chong Kun Dang the Korean rights to QRV-052': a licence
            r"\b(transferred|granted)\b[^.]{0,40}\brights\b|"
            r"(commerciali[sz]ation|licens\w*|supply|distribution|development|manufacturing|underwriting"
            r"|purchase|technology transfer|residency|lease|CDMO|CMO|CDO|CRO|service)( and \w+)?\s+"
            r"(agreement|deal|contract)|"
            r"\bagreed to (supply|manufacture|produce|distribute)\b|"
            # 'signed a deal to supply … to X, in a contract worth $12 million'
            r"\bsigned an? (\w+ )?(deal|contract|agreement) to "
            r"(supply|manufacture|produce|distribute|sell|license)\b|"
            # 'signed a deal with Indonesia's Ministry of Health to transfer its technology'
            # 'signed an 18 million dollar deal with Hikma Pharmaceuticals to commercialize the biosimilar'
            r"\bsigned an? ([\w$.-]+ ){0,4}deal( on \w+day)? with\b[^.]{0,120}?\bto "
            r"(transfer|supply|license|produce|manufacture|commerciali[sz]e|market|sell|distribute)\b|"
            # 'signed a deal worth up to $1.7 billion with Janssen': a deal with a price is a contract
            r"\bsigned an? ([\w-]+ )?deal worth\b|"
            r"\bin a contract worth\b|\bunder an? ([\w-]+ )?contract signed\b|\boutsourced\b[^.]{0,60}\bto\b|"
            r"technology transfer (agreement|deal|contract)|\bacquired the (global |worldwide )?rights\b|"
            # 'acquired the Syracuse plant from Bristol Myers Squibb': a plant bought is a deal
            r"\b(acquired|acquire|acquires|bought|buy|buys|purchased|purchase)\b[^.]{0,40}\b(plant|facility|site|factory)"
            r"\b[^.]{0,50}\bfrom\b|"
            # 'Lotte Biologics bought a Bristol Myers Squibb antibody plant in Syracuse'
            r"\b(bought|acquired|purchased)\s+(a|an|the)\s+[A-Z][^.]{0,40}?\b(plant|facility|factory)\b|"
            # "agreed to acquire Eli Lilly's plant in Branchburg", "by buying BMS's plant": the seller's plant
            r"\b(acquire[sd]?|acquiring|buy|buys|buying|bought|purchas\w+)\s+"
            r"(?-i:[A-Z])[\w&.\- ]{0,40}?['’]s\s+(\w+\s+){0,2}(plant|facility|factory|site)\b|"
            r"\bsigned\b[^.]{0,40}\bcontract\b|\blicensed (out|in)\b|\blicensing deal\b|"
            r"\b(has|have|had) contracted\s+(?-i:[A-Z])|"  # 'Nuvarix has contracted ST Pharm … to produce'
            r"\blicensed\b[^.]{0,120}\b(to|from)\b|"
            r"\blicensed\s+[A-Z][\w&.-]*(\s+[A-Z][\w&.-]*){0,3}['’]s\s|"  # "licensed Lonza's GS Xceed system"
            r"\b(19|20)\d\d deal with\b|"
            # 'when Yuhan licensed SVX-301, Sorvenix's oral candidate': a product licensed by its code
            r"\blicensed\s+(?-i:[A-Z]{2,}[\w]*-?\d)|"
            r"\b(won|wins|secured|landed|received)\b[^.]{0,50}\b(order|contract)\b|"
            r"\b(won|wins|secured|landed)\b[^.]{0,50}\bdeal to (manufacture|produce|supply|develop)\b",
            re.I,
        ),
    ),
    (
        "investment",
        re.compile(
            r"(전환사채|CB|신주인수권부사채|BW|교환사채)['’]?(는|은|를|을)\s[^.]{0,40}?(인수|매입)(했|하며|하고|한다)|"
            r"투자(했|한다|하기로|(\([A-Z]{2,4}\))?를\s*(유치|단행|받|마무리|마쳤|완료)|\s*유치(했|에\s*성공|를\s*(완료|마무리|마쳤)|할)|에\s*(참여|나섰)|"
            r"금을|할\s*계획|를\s*확대|해\s|하여|하며|를\s*(진행|집행)|하는\s*방식)|유치(했|할)|시리즈\s*[A-D]|"
            r"출자(?!\s*사업)|지분\s*투자|지분을\s*(인수|취득)|지분[^.]{0,25}?(인수|취득)(했|한다|하기로|해\s|하며|하고)|지분[^.]{0,40}?(사들이|매입하)(기로|며|고\s)|지분[^.]{0,40}?(사들였|매입했)|베팅(했|한다|하기로)|"
            r"\binvest(s|ed|ing)?\b|investment (in|of)\b|raised|"
            r"funding round|\bloan (package|facility|deal)\b|\bloans? from\b|"  # 'an acquisition loan from X'
            r"\b(arranged|provided|extended) (a |the )?[\w\s$.-]{0,30}loans?\b|"
            r"\bSeries [A-D]\b|\bdrew (new )?(money|funding|capital)\b|"
            # 'Its most recent round, a 45 billion won pre-IPO financing …, was led by KDB'
            r"\bpre-IPO (round|financing|funding)\b|\b(round|financing)\b[^.]{0,80}?\bwas led by\b|"
            r"\bput in (additional|new|more )?\s*(funds|money|capital)\b|"
            # 'Arcbridge also put money into X'
            r"\bput (additional |new |more )?(funds|money|capital) into\b|"
            # 'Co-investors in the Cellperon round were A and B, which took a strategic stake'
            r"\bco-?investors?\b|\btook an? (strategic |minority |small )?stake\b|"
            # 'anchor commitments totaling 90 billion won from KVIC and KDB': a fund's backers
            r"\banchor (commitments?|investors?|LPs?)\b|"
            r"\bcommitments? (totaling|totalling|worth|of)\b[^.]{0,30}?\bfrom\b|"
            # 'Lotte Holdings injected 100 billion won into Lotte Biologics through a rights offering'
            r"\binject(s|ed)?\b[^.]{0,40}?\binto\b|\brights offering\b|"
            r"유상증자|제3자\s*배정|\bstake in\b|\bacquire[sd]?\b[^.]{0,30}\bstake\b|"
            # 'will acquire Meridian Trial Sciences': a company bought (a plant bought is a contract)
            r"\b(acquire[sd]?|bought|buys|buy|acquisition of)\s+(?!(a|an|the|its|their)\b)(?-i:[A-Z])"
            r"(?![^.]{0,40}\b(plant|facility|factory|site|stake)s?\b)|"
            # a round told investor by investor: '리드 투자자로 나섰고', '후속 투자', '20억원을 추가로 집행'
            r"(리드|선도|주요|신규|기존)\s*투자자|(을|를)\s*인수(해|했|하며|하고|한다|하기로)|"
            r"납입(한다|했다|하기로|할\s*예정)|신주[^.]{0,20}?(인수|취득)|"
            r"투자자(\([^)]{0,10}\))?로\s*(나섰|참여|합류)|(투자자|출자자|투자사|LP)(\([^)]{0,10}\))?(로|으로)(는)?\s[^.]{0,20}?이름을\s*올|투자를\s*(주도|이끌)|"
            r"라운드[^.]{0,12}?(이끌|이끈|주도|리드|클로징|마무리)|"
            r"펀드(를|을)?\s*(결성|조성)(했|하고|하며|한다|해)|"  # a fund raised: its managers and LPs
            r"펀드(가|는)\s*(결성|조성)(됐|되었|돼|된다)|라운드에\s*([가-힣]+\s*)?(참여|합류)(했|하며|하고|한다)|"
            r"팔로온|후속\s*투자(?!\s*(연계|유치\s*지원|기회|상담|검토|논의|의향))|(추가|후속)(로|으로)?\s*(투자|집행)(?!\s*(연계|유치\s*지원|기회|상담|검토|논의|의향))|억\s*원?을?\s*(베팅|집행|투입)(했|하며|하고)|"
            # 'X도 20억원을 넣으며 주주 명단에 새로 이름을 올렸다': an investor joining the round
            r"억\s*원?을?\s*넣(었|으며|고|는다)|주주\s*(명단|명부)에\s*(새로\s*)?이름을\s*올|"
            # 'A와 B도 이번 라운드에 이름을 올렸다', '지난해 X에 시드 자금을 넣은 데 이어'
            r"(라운드|투자)에(도|는)?\s*(새로\s*)?이름을\s*올|(시드|투자)\s*자금을\s*(넣|투입|집행)|"
            # '지난해 6월 2억 원을 초기 투자한 데 이어': a past round told before the one it follows
            r"(억|만)\s*원?을\s*(초기|시드|추가로?|먼저)?\s*투자(한|를\s*한)\s*(데|뒤|후)\s",
            re.I,
        ),
    ),
    (
        "selection",
        re.compile(
            r"선정(됐|되었|되어|돼|했|하였|한다|된|해|하고|하여|하기도)|(최종\s*)?지정(됐|되었|되어|돼|된\s|받|했|하였|한다|되면서|되며|되자)|"
            r"(선정|지정)한\s*(바|적이)\s*있|"  # '5곳을 바이오 특화단지로 지정한 바 있다'
            r"\d+\s*(곳|개사)(을|를)\s*(새로\s*|신규로?\s*)?인증(했|하였|한다)|"
            r"(수행\s*기업|수행\s*기관|지원\s*대상|대상\s*기업)(을|를)?[^.]{0,20}?확정(했|하고|하며|한다)|"
            # "'…프로그램' 참가 기업 6곳도 확정했다"
            r"(참가|참여|입주|지원)\s*(기업|기관|업체|팀|스타트업)\s*\d+\s*(곳|개사|개\s*기업)(을|를|도)?\s*확정(했|하고|하며|한다)|"
            # '신규 과제 2건을 확정해 발표했는데, … 과제가 이름을 올렸다': a project chosen in a call
            r"과제(가|이)\s*(최종\s*)?이름을\s*올|"
            # "… 선정하는 '우수성과 100선'에 … 성과로 이름을 올렸다": listed in a quoted selection
            r"['’\"”]에\s[^.]{0,30}?이름을\s*올(렸|랐|라)|선발(했|한다|하여|하고|된|될|할|하는|됐|되었|돼|되어|되며|되면서|되기도)|선정되는\s*(성과|쾌거|영예)|"
            # '최종 선정 기업 4곳을 발표했다'
            # not '선정 기업 4곳이 사업 성과를 발표하는 데모데이': the chosen present, no one announces them
            r"선정\s*(기업|기관|업체|팀|과제|결과)(?!의)(?![^.]{0,12}?(이|가)\s[^.]{0,20}?발표하는)"
            r"[^.]{0,12}?(발표|공개)|"
            # '이들은 A와 B가 지난 2월 공모를 통해 선발한 4기 보육기업으로': what the ones listed are
            r"(선발|선정)한\s*[^.]{0,15}?(기업|스타트업|팀)(으로|이다|이며|이었다|였다)|"
            r"(곳|개사|개\s*(기업|기관|팀))(을|를)\s*(최종\s*)?가려\s*(냈|낸|내)|"  # '최종 4곳을 가려냈다'
            r"영예를\s*안(았|아|은)|(선발|선정)한\s[^.,]{2,40}\s가운데\s*$|"
            # '(… 수상 기업 6곳을 선정했다.) 수상 기업은 ▲대상 A ▲최우수상 B·C이다': the winners listed
            r"(?<![가-힣])수상\s*(기업|기관|업체|스타트업|팀)(은|는|으로는)\s[^.]*▲|"
            r"뽑혔|뽑혀|뽑히(면서|며|고|자)|뽑았|뽑아(?!\s*내|낸|낼)|뽑기도|뽑는다|선정되(면서|며|자|기도)|지정되기도|채택(됐|되)|수상(했|한)|(?<!라운드)(?<!투자)(?<!명부)(?<!명단)에\s*이름을\s*올|관문을\s*(통과|넘)|낙점|(상|대상|최우수상|우수상|장관상|표창)(을|를)\s*(받았|받아|받으며|받고|수상)|"
            # '이 프로그램 명단에 포함됐다'
            r"(명단|목록)에\s*(포함(됐|되었|돼|되며|되면서|되어)|이름을\s*올)|"
            r"(공급|수요|수행)\s*(기업|기관)(으로|로)\s*이름을\s*올|"  # '…가 공급기업으로 이름을 올렸다'
            # '비임상 단계에서는 ▲A ▲B가 이름을 올렸다', '… 분야는 ▲C ▲D에 돌아갔다': a call's list
            r"▲(?![^.]*(투자|출자|LP))[^.]*(이|가)\s*이름을\s*올(렸|랐)|▲[^.]*에\s*돌아갔|"
            # not 'a database the company uses to pick candidate strains'
            r"\bselected\b|\bchosen\b|(?<!\bto )\bpick(s|ed)?\b(?!\s+up)|\bnamed\b",
            re.I,
        ),
    ),
    (
        "visit",
        re.compile(
            r"방문|찾아|찾았|찾는다|찾을|찾은\s*곳|들른|들렀|들러|(?<![가-힣])방한|\bvisit|\btoured\b|"
            # the next stop of a tour: '이어 방문단은 X로 자리를 옮겼다', '첫 일정은 X였다'
            r"(으로|로)\s*(자리를|발길을|발걸음을)\s*옮(겼|겨)|(첫|마지막|두\s*번째|세\s*번째|오전|오후|다음)\s*(일정|방문지|행선지)(은|는|으로)\s|"
            r"(마지막으로|끝으로|다음으로)\s*(찾은|방문한|들른)\s|"
            # '첫날 대표단을 맞은 곳은 대구시다': the delegation's stop
            r"(대표단|방문단|사절단|시찰단|일행)(을|를)\s*맞은\s*곳은\s|"
            # '17일 열린 이 일정에는 … 포스텍 연구진도 함께했다': who joined the stop just told
            r"(이|이번|해당|이날)\s*(일정|방문)에는\s[^.]*(함께했|함께\s했|합류했)|"
            # '론자(Lonza)의 생산 캠퍼스를 둘러봤다': a stop at X's site (not a caption's '둘러보고 있다')
            r"(본사|공장|캠퍼스|연구소|생산시설)(을|를)\s*((직접|차례로|잇따라|잇달아)\s*)?둘러(봤|보았|본\s|보며)",
            re.I,
        ),
    ),
    (
        "event",
        re.compile(
            r"개최|주최(로|하|한|했|하고|하는|해)|주관(으로|하|한|했|하고|하는|해)(?!\S*\s*(이\s*)?(컨소시엄|연구\s*과제|과제))|"
            # '병원이 주관하는 컨소시엄': the consortium's lead, no event; 'X가 후원한 이번 행사는': a sponsor
            r"개막|참석(?!자)|후원(한|하는|했|하고|하며|으로)|자리를\s*함께(했|하며|하고|해)|"
            # not '프로그램 참가 기업으로 … 뽑았다', nor '전시회 참가와 바이어 상담 비용': a budget
            r"참가(?!\s*(기업|업체|기관|팀|자|신청|비|비용|지원|와\s|를\s*지원))|"
            r"(?<!문을 )(?<!문을)(열린|열렸|열리|열었)|"  # not '2010년 문을 열었다' (opened its doors)
            # not '참여 기업 가운데 X는'
            # nor '협약에 참여한 X는': one of the signatories, described
            r"(?<!투자에 )(?<!투자)(?<!LP로 )(?<!출자자로 )(?<!협약에 )"
            r"참여(?!를|도\s*(확대|늘)|기업|기관|업체|사\b|사로|\s(기업|기관|업체|병원|대학)(?!\S*(이|가|은|는)\s[^.]{0,20}(행사|포럼|세미나|박람회|데모데이|설명회)))|"
            # presenters and speakers take part in the event they speak at
            r"무대에\s*(올랐|오른|올라|섰)|연단에\s*(올랐|오른|올라|섰)|연사로|연자로|발표자로|"
            r"(?<![가-힣])(무대|연단|객석)에는\s|"  # '이날 무대에는 ▲A ▲B 등 8개사가', '객석에는 A와 B 등이'
            r"세션(에서는|에서|에는)\s|"  # '첫 번째 세션에서는 …': a part of the event just told
            # '해외에서는 A와 B가 심사관을 보냈다': organisations sending their people to the occasion
            r"(관계자|심사관|대표|대표단|연구진|전문가|실무진)(을|를)\s*(보냈|파견했|파견해)|"
            r"(발표|소개|설명|시연|강연|IR)(에|를)?\s*나[서섰선]|피칭(을|에)?\s*(하|했|진행|나)|주제\s*발표(를|에|자)|"
            # '이번 포럼에서는 A가 … 발표하고': who takes part in the event just announced
            r"(이번|이날)\s*(행사|포럼|세미나|심포지엄|컨퍼런스|콘퍼런스|박람회|설명회|데모데이)(에서는|에서|에는)\s|"
            r"(발대식|출범식|개소식|개막식|기념식|시상식|착공식|준공식|보고회|착수보고회)(에서는|에서|에는)\s|"
            # '상담장에는 A와 B 등이 부스를 차렸다': exhibitors at the occasion just told
            r"부스를\s*(차렸|차리고|차려|마련했|마련하고|꾸렸|꾸려|꾸리고|운영했|운영하며)|"
            r"(홍보관|전시관|공동관|한국관)['’]?(을|를)\s*(운영|마련|꾸려|꾸렸|차려|차렸)|"
            # "'바이오 소부장 수요-공급기업 협의회'를 공동으로 열고": a meeting held
            r"(협의회|교류회)['’\"”]?(을|를)\s*(공동으로\s*)?(열|개최|마련)|"
            r"기조\s*(연설|강연)|강연자로|패널로\s*(참여|참석|참가|나서|나섰|나선|출연)|토론자로|(후원|주관|주최)\s*기관(으로|에)\s*이름을\s*올|"
            r"(세미나|포럼|컨퍼런스|콘퍼런스|심포지엄|간담회|토론회|워크숍|데모데이|상담회|보고회|발대식|출범식|페어|"
            r"박람회|전시회|엑스포|설명회|라운드테이블|세션|행사|입주식|공유회|매칭데이)[^.]{0,30}?"
            r"(진행|연다|열|마련|가졌|갖|운영|주재)|"
            r"\bhost(s|ed|ing)?\b|\battend(s|ed|ing)?\b|"
            # not 'will hold the rights to sell': owning is no occasion
            # nor 'hold a combined 28 percent': a share
            r"\b(held|holds|hold) (a|an|the|its)\b"
            r"(?! (\w+ )?(rights?|stakes?|shares?|patents?|licen\w+|[\d.]+ ?(percent|%)))|"
            # exhibitors of a convention take part in it as organisations
            r"\bexhibit(s|ed|ing|ors?)?\b|\bbooths?\b|\bpavilion\b|\b(took|take|takes|taking) part\b|"
            # 'The convention is organized by X', 'joined as co-hosts', presenters on its stage
            r"\b(co-?)?(organi[sz]ed|hosted|sponsored) by\b|\bas co-?(hosts?|organi[sz]ers?)\b|"
            r"\b(pitched|took the stage|presented to)\b",
            re.I,
        ),
    ),
    (
        "partnership",
        re.compile(
            r"(?<!산학)(?<!산학\s)(협력|파트너십|제휴|공동\s*연구|공동\s*개발|협업)(?!동|단|업체|기관|센터|\s*(총괄|담당|팀장|본부장|실장|국장|부장|사례|방안|상담|기회|가능성|여건|체계\s*구상|전략|실적|경험|"
            r"을\s*모색|를\s*모색|을\s*기대|를\s*기대|해\s*나갈|하겠|"
            # '공동연구 중간 성과를 발표할 예정이다': what the partners will show, told at an event
            r"(중간|최종)?\s*(성과|결과)(를|을)\s*발표))|손잡|손을\s*잡|"
            r"\bpartner(ed|ship(?! remains\b)|s with)\b|\b(will|to|plans to) partner with\b|"
            # not 'Gavi, the Vaccine Alliance': a capitalised alliance is a name
            r"collaborat|(?-i:alliance)|team(ed)? up|together with|jointly with|"
            r"\btechnology transferred from\b|"  # 'using technology transferred from IVI in 2010'
            # 'X가 주관하는 이 과제에는 A와 B, 수요기업인 C가 참여한다': the members of a joint project
            r"(과제|실증\s*사업)에는\s[^.]{0,80}?참여(한다|했다|하며|해|하고)|"
            # 'has worked with the Dana-Farber Cancer Institute since 2023', 'in a Phase 1 trial at X'
            r"\b(has|have|had) (also |long |already )?(been )?work(ed|ing) (with|together)\b|"
            # 'Corevia also works with KNU', 'the company began working with SNUH'
            r"\b(also |closely )?works (closely )?with\b|\b(began|begun|started) working (closely )?with\b|"
            r"\b(Phase [0-9][a-c]?(/[0-9][a-c]?)?|clinical) trials? at\b|"
            r"\btrials?\b[^.]{0,60}?\b(was|were|is|are) (completed|conducted|run|under ?way)\b"
            r"[^.]{0,20}?\bat\b|"
            r"\bjoint (research|development|study)\b|\bformed a consortium\b|\bconsortium with\b|"
            # 'has been running non-clinical efficacy studies of its antiviral with the foundation'
            r"\b(running|conducting|carrying out|ran|conducted|carried out)\b[^.]{0,40}?"
            r"\b(studies|study|tests|trials)\b[^.]{0,50}?"
            r"\bwith\s+(the\s+(foundation|hospital|university|institute|center|agency)\b|(?-i:[A-Z]))|"
            # '한국공학대학교와 산학협력에도 나선다': working with a university
            r"(와|과)\s*산학\s*협력(에도|에)\s*(나선다|나섰|나서|착수)|"
            r"\bjoint\b[^.]{0,40}?\b(program(me)?|project)s?\s+with\b|"  # 'runs a joint … program with X'
            r"\bjoined an? ([\w-]+ )?consortium\b|"  # 'has joined a public-private consortium led by KDCA'
            # not 'A와 B, C 등이 … 임상을 진행하고 있다': each on its own
            r"(와|과)(도|는)?\s(?:(?!등(이|은|도|가)\s)[^.]){0,70}?(연구|개발|임상)(를|을|도)\s*(진행|수행|함께|하고|해\s*(왔|오고))|"
            # '병원과 … 성능평가도 진행'; not '인력과 인프라, … 서면평가와 현장평가를'
            # nor '허가와 … 평가를 함께 받는'
            r"(?<!평가)(와|과)(도|는)?\s[^.,]{0,50}?(평가|실증|검증)(를|을|도)\s*(진행|수행)|"
            # '창업진흥원은 하반기에는 오송재단과 연계해 … 실증 테스트도 지원할 계획이다'
            r"(와|과)\s*연계해\s[^.]{0,60}?(지원|운영|추진)(한다|하기로|했|하며|하고|해|할\s*(계획|예정))|"
            r"(와|과)\s*함께\s[^.]{0,40}?(신설|운영|추진|구축|조성|(지원|육성|발굴|착수|진행|수행|개발|개설|고도화)(한다|하기로|하고|하며|했다|해)|"
            r"(임상|연구|시험)(을|를)\s*시작(한다|하기로|했|할\s*(계획|예정))|"
            r"돕(는다|기로|고))|"
            # '분당서울대병원이 주관하는 다기관 확증 임상에도 참여하고 있다': a site of another's trial
            r"(이|가)\s*주관하는\s[^.]{0,30}?(임상|연구|과제)(시험)?에(도|는)?\s*참여(하고|한다|했|해|하며|\s*중)|"
            # '양사는 2023년 프로그램 출범 때부터 3년째 손발을 맞추고 있다': working together for years
            r"(손발|호흡)(을|이)\s*(맞추고|맞춰|맞춘|맞춰\s*왔)|"
            # 'X 연구팀은 Y와 함께 … 검증하는 전향적 다기관 임상시험을 이달 중 시작한다'
            r"(와|과)\s*함께\s[^.]{0,90}?임상\s*시험(을|를)\s*([^\s.]+\s){0,2}(시작|착수)(한다|하기로|했|할\s*(계획|예정))|"
            # 'B와 공동으로 … 시험을 수행해', 'A에서 개발한 기술을 이전받아', '컨소시엄에 합류했다'
            r"(와|과)\s*공동으로\s[^.]{0,40}?(수행|진행|개발|연구|운영)(한다|하기로|했|하며|하고|해|\s*중(이며|이다|이고|인))|"
            # '충북보건과학대학교와 … 양성 과정을 공동 운영하고 있으며'
            r"(와|과)\s[^.]{0,40}?(을|를)\s*공동\s*(운영|개발|수행|개설)(한다|하기로|했|하며|하고|해)|"
            # '레브라진은 한미약품과 후보물질 공동 평가에도 들어간다'
            r"(와|과)\s[^.]{0,30}?공동\s*(평가|연구|개발|검증|임상)(에도|에)\s*(들어간다|들어갔|착수|나선다|나섰)|"
            # '두 기관은 … 실무과정을 공동 운영해 왔으며': what they have run together (not what they will)
            r"(을|를)\s*공동\s*(운영|개발|수행)(해\s*(왔|오고|온)|하고\s*있)|"
            r"이전\s*받(아|았|은|는)|컨소시엄(에|으로)\s*(합류|참여)(했|한다|하며|하고|해)|"
            r"컨소시엄['’\"”]?을\s*(구성|꾸려|꾸렸|꾸린|이뤄|이루고|이룬|이뤘)|"
            r"(함께|공동으로)\s*(개발|운영|연구|수행|발굴|준비|추진|진행)(한다|하기로|하며|하고|했다|할|하는|해\s*온)|"
            r"\bjointly (run|operate|develop|launch|discover|research|identify|study)|\bco-develop|"
            r"(와|과)\s[^.]{0,20}?공동\s*기획(한|했|하고|하며|해)\s(?![^.]{0,20}?(행사|포럼|세미나|박람회|설명회))",
            re.I,
        ),
    ),
]
TRIGGERS_BY_KIND = dict(TRIGGERS)
_CLAUSE_SPLIT = re.compile(
    # '…유치한 바 있어, 이번 협약으로 … 속도가 붙을 전망이다': the past deal, then the outlook
    r"(?<=[며고서])\s*,\s+|(?<=데\s이어),?\s+|(?<=바\s있어),\s+|"
    # '…사업에 선정돼 A, B와 함께 플랫폼을 고도화해 왔다': chosen, then working with others
    r"(?<=선정돼)\s+(?=[^.]{0,60}?(와|과)\s*함께\s)|"
    # not 'A가 주도하고 B가 참여한 시리즈A를': both tell the one round
    # nor '켐온에 맡기기로 하고 지난달 위탁 계약을 맺었다': one decision, then the deal that made it
    r"(?:(?<=하며)|(?<=했으며)|(?<!기로 하고)(?<=하고)|(?<=이며)|(?<=으며)|(?<=, and))\s+"
    r"(?![^.,]{0,30}?(이|가)\s*(참여|가세|합류|동참)한\s)"
    # nor 'from KVIC, which manages the fund of funds, and Korea Development Bank (KDB).': a list's last name
    r"(?![A-Z][\w&.-]*(\s+[A-Z][\w&.-]*){0,5}(\s+\([A-Z]{2,6}\))?\.(\s|$))"
    # nor '과제는 A가 주관하고 B와 C가 참여기관으로 이름을 올렸다': one project's consortium
    # ('… 주관하고 B와 C가 공동연구기관으로 참여하는 컨소시엄 형태로 수행됐다')
    r"(?:(?<!주관하고\s)|(?![^.,]{0,60}?(이|가)\s*(참여\s*기관|함께한다|함께했다|참여한다|참여했다|운영하는|"
    r"(공동\s*)?연구\s*기관(으로|로)\s*참여)))|"
    r";\s+|,\s+(?=while\s)|"
    # 'A와 X 공급계약을, B와는 Y 공급계약을 각각 맺었다': two deals, one per partner
    r"(?<=계약을),\s+(?=[^.]{0,80}(와|과)는\s[^.]{0,80}계약을\s*각각)|"
    # 'X가 지난해 1기로 선발한 A와 B 가운데 A는 … 공동연구에 착수했다': the chosen, then what one did
    r"(?<=\s가운데)\s+(?=[^\s.,]{2,20}(은|는)\s)|"
    # a subtitle listing two deals: 'A 240만달러 공급계약·B 중동 독점유통 MOU'
    r"(?:(?<=계약)|(?<=협약)|(?<=MOU))\s*·\s*(?=[^·.]{2,40}(계약|협약|MOU|투자\s*유치)\s*$)"
)
_DEAL_CONTENT = re.compile(
    r"[^,.]{0,60}?(을|를)\s*골자로\s*(하는|한)|[^,.]{0,30}?\s*(협의|논의|검토)를\s*위한\s|(개막식|행사|포럼|개소식)\s*(직후|직전|이후|에\s*앞서)|"
    r"(행사\s*)?개막(에|을)?\s*앞서|"
    r"[가-힣]+에\s*(참여|참가)한\s"  # '파트너링에 참여한 X는 … 공동연구에 착수한 바 있다': who X is
)
_STAND = re.compile(r"(홍보관|전시관|공동관|한국관|부스)['’]?(을|를)\s*(운영|마련|꾸려|꾸렸|차려|차렸)")
_HARDSHIP = re.compile(r"어려움|애로")
_CHOSEN_SUBJECT = re.compile(
    r"^[^.,]{0,25}?선정된\s+(?!(기업|기관|곳|업체|스타트업|팀|과제|병원|대학|회사)(들)?(은|는)\s)"
    r"[^\s.,]{1,20}(\s+(과제|물질|후보물질|기술))?(은|는)\s"
)
# 'X 센터로 자리를 옮겨 '…간담회'를 주재했다': the venue of the meeting the visitor chaired, no stop
_MOVED_TO_HOLD = re.compile(
    r"자리를\s*옮겨\s[^.]{0,60}?(간담회|회의|토론회|설명회|협약식|포럼|세미나|행사)['’\"”]?(을|를)\s*"
    r"(주재|개최|열|가졌|진행)"
)
_WITH_PARTNER = re.compile(r"(와|과)\s*(협력|협업|공동으로)(해|하여|하며)\s")
_SO_THAT = re.compile(r"할\s*수\s*있도록")
_HOPE = re.compile(
    r"(으면|하면|다면|된다면)\s|전망|가능성|기대된다|할\s*수\s*있|기회(가|도|를)?\s*(주어|제공)|"
    r"제안(했|하며|하고|한\s)|"  # '론자 측에 … 협력을 제안했다': a proposal, not a partnership
    r"방안을\s*검토|"  # '공동연구에도 접목하는 방안을 검토하고 있다': under consideration
    r"(흐름|추세)(이라는|라는)\s*(분석|평가|관측)"  # '… 투자를 늘리는 흐름이라는 분석': an industry trend
)
# Event words used as modifiers ('개막한 바이오코리아를 찾았다', '협회가 주관하는 상을 수상했다') name
# the event a sentence is about; its subject did something else there.
_ADNOMINAL_EVENT = re.compile(
    r"열린|열리는|개막한|개막된|개최된|개최되는|개최한|주관하는|주최하는|주관한|주최한"
)
_CEREMONY = re.compile(r"(협약|체결|서명|조인|업무협약)\s*식")
_AGREEMENT_HELD = re.compile(
    r"(열린|열리는|개최된|진행된)\s*['‘\"“][^'’\"”]{0,40}(협약|MOU|협약식)\s*['’\"”]"
)
_ATTEND = re.compile(r"참석|참가|참여|\b(taking|took|take|takes) part\b|\bparticipat\w*", re.I)
_EVENT_NOUN = r"(행사|포럼|세미나|심포지엄|컨퍼런스|콘퍼런스|박람회|설명회|대회(?!의실)|전시회|데이|상담회)"


def _event_role(clause: str, kinds: list[str]) -> tuple[str | None, int]:
    """('all', 0) parties; ('others', n): the event is a modifier, its parties are the organisations
    named before offset n other than the subject; (None, 0): no event."""
    text = _QUOTE.sub(" ", clause)
    hits = list(TRIGGERS_BY_KIND["event"].finditer(text))
    if hits and _CEREMONY.search(text) and all(_ATTEND.match(text, m.start()) for m in hits):
        return None, 0  # attending a signing ceremony is the agreement, not an event
    signing = _CEREMONY.search(text) or _AGREEMENT_HELD.search(clause)
    if hits and signing and not re.search(_EVENT_NOUN, text):
        # '…에서 열린 투자협약식에서', "…에서 열린 '공급망 협력 업무협약'에서": the agreement's signing
        return None, 0
    if hits and all(_ADNOMINAL_EVENT.match(text, m.start()) for m in hits) and len(kinds) > 1:
        return (None, 0) if "selection" in kinds else ("others", hits[0].start())
    return "all", 0


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
# 'KB인베스트먼트는 후속 투자 유치 전략을 맡는다': advice on a round; '펀드 결성 및 출자 협약을
# 체결했다': an agreement to fund (an MOU), not a round
_ROUND_ADVICE = re.compile(r"(후속\s*)?투자\s*유치\s*(전략|자문|컨설팅|멘토링|교육|역량|노하우)|출자\s*협약")
_SIGNED_ONES = re.compile(
    r"(협약|계약|MOU)(을|를)\s*(맺은|체결한)\s+(이들\s*)?([2-9]개사|[2-9]곳|[가-힣]{0,6}(기업|기관|스타트업|회사)들?)"
    r"(을|를|과|와|이|가|은|는|도)?\s"
)
_FIRST_OF_ITS_KIND = re.compile(r"(맺은|체결한|따낸|성사시킨)\s*것은\s*(이번이|국내\s*최초|처음)")
_PLANNED_DEAL = re.compile(r"체결(도|을|를)?\s*(추진|검토)하기로|체결\s*여부(를|도)?\s*검토")
_PAYMENTS = re.compile(r"\b(upfront|up-front|milestones?|royalt(y|ies))\b", re.I)
_GRANT = re.compile(
    r"\bgrant from\b|\bprovided an? ([\w$.-]+\s){0,3}grant\b"
)  # 'a $14.5 million grant from X'
# not 'signed a material transfer agreement' or a confidentiality agreement: paperwork before a deal
_EN_AGREEMENT = re.compile(
    r"\bsigned (an?|the) (?![\w\s-]{0,30}?\b(material transfer|confidentiality|non-disclosure) agreement)"
    r"[\w\s$€-]{0,30}?(agreement|pact)\b",
    re.I,
)
_PRICED = re.compile(r"[$€]|\b(won|dollars?|euros?)\b", re.I)  # 'signed a $31 million agreement'


def _triggers(clause: str) -> list[str]:
    # '1.4 trillion won': a decimal point is no sentence end for the '[^.]' spans of the patterns
    text = _DECIMAL_POINT.sub("_", _QUOTE.sub(" ", clause))
    kinds = [kind for kind, rx in TRIGGERS if rx.search(text)]
    if "contract" not in kinds and "mou" not in kinds and (signed := _EN_AGREEMENT.search(text)):
        # a plain 'agreement' (not a licence or supply deal) is an MOU; one paying upfront and
        # milestones, or with a price, is a deal
        priced = _PAYMENTS.search(text) or _PRICED.search(signed.group())
        kinds.insert(0, "contract" if priced else "mou")
    if _GRANT.search(text) and not {"selection", "partnership"} & set(kinds):
        kinds.append("partnership")  # a foundation's grant for a project; a call's grant is the selection
    hoped = text
    if _WITH_PARTNER.search(text):
        hoped = _SO_THAT.sub(" ", text)  # 'X와 협력해 … 활용할 수 있도록 … 제공한다': what the work is for
    if _HOPE.search(_HARDSHIP.sub(" ", hoped)):
        kinds = [k for k in kinds if k not in {"mou", "partnership", "investment", "visit"}]
    elif _HARDSHIP.search(text):
        # '투자 유치 과정의 어려움을 들었다': no deal; but '본사를 찾아 애로사항을 청취했다' is a visit
        kinds = [k for k in kinds if k not in {"mou", "partnership", "investment"}]
    if "investment" in kinds and not TRIGGERS_BY_KIND["investment"].search(_ROUND_ADVICE.sub(" ", text)):
        kinds.remove("investment")
    if _FIRST_OF_ITS_KIND.search(text):
        # '뷰노와 루닛 등이 … 두드리고 있지만, … 독점 계약을 맺은 것은 이번이 처음': the deal just told,
        # set against others that made none
        kinds = [k for k in kinds if k not in {"mou", "contract", "partnership"}]
    if _SIGNED_ONES.search(text):
        # '협약을 맺은 3개사를 포함해 7곳이 발표했다': those who signed, told again
        rest = _SIGNED_ONES.sub(" ", text)
        kinds = [k for k in kinds if k not in {"mou", "contract"} or TRIGGERS_BY_KIND[k].search(rest)]
    if "visit" in kinds and len(kinds) > 1 and not TRIGGERS_BY_KIND["visit"].search(_IN_KOREA.sub(" ", text)):
        kinds.remove("visit")  # '이날 방한한 X 대표단과 업무협약을 체결했다': in Korea, visiting no one
    if "selection" in kinds and _INVESTEE_CHOSEN.search(text):
        kinds.remove("selection")  # '첫 투자처로는 A와 B가 낙점됐다': the fund's picks, told as its rounds
    if "contract" in kinds and _EACH_THEIR_OWN.search(text):
        kinds.remove("contract")  # 'A와 B 등이 잇따라 대형 기술수출에 성공하며': each its own deal
    if "contract" in kinds and _PLANNED_DEAL.search(text):
        kinds.remove("contract")  # '공급 계약 체결도 추진하기로 했다': a deal not made yet
    if {"contract", "mou"} <= set(kinds) and not TRIGGERS_BY_KIND["contract"].search(
        _DEAL_CONTENT.sub(" ", text)
    ):
        kinds.remove("contract")  # '생산과 기술이전을 골자로 한 업무협약을 체결했다': what the MOU holds
    if "event" in kinds and set(kinds) & {"mou", "contract", "investment", "partnership"}:
        # '참석한 가운데 … 협약을 맺었다', '유상증자에 참여해': taking part in the deal, not in an event;
        # '개막식 직후 … 공동 행사 개최를 골자로 하는 업무협약': when it was signed, and what it holds
        rest = _ATTEND.sub(" ", _DEAL_CONTENT.sub(" ", text))
        if not TRIGGERS_BY_KIND["event"].search(rest):
            kinds.remove("event")
    if (
        "event" in kinds
        and _SIGNING_HELD.search(text)
        and not _EVENT_WORD.search(_SIGNING_HELD.sub(" ", text))
    ):
        kinds.remove("event")  # '…에서 열린 기술이전 계약식에서 … 계약서를 들어 보이고 있다': the signing
    if "selection" in kinds and re.match(r"\s*(함께|같이|나란히)\s*(지정|선정)된\s", text):
        kinds.remove("selection")  # '함께 지정된 대전은 … 역량을 앞세운 것으로': the chosen, described
    if "event" in kinds and _JOINED_STUDY.search(text) and not _EVENT_WORD.search(text):
        kinds.remove("event")  # '전국 5개 병원이 참여하는 이 연구는': sites of a study, no occasion
    if "event" in kinds and _OPENED_UP.search(text) and not _EVENT_WORD.search(text):
        kinds.remove("event")  # 'MASH 치료제 시장은 … 본격적으로 열렸다': a market opened, not an occasion
    # '연구진이 자문으로 참여하기로 했다': taking part as a term of a deal, not in an occasion
    # '입주기업이 … 프로그램에 우선 참여할 수 있도록 하기로 했다': what a deal will allow
    agreed = re.search(r"참여하기로\s*(했|합의)|참여할\s*수\s*있도록", text)
    ends = re.search(r"다[.\"”']*\s*$", text.strip())
    if "event" in kinds and not _EVENT_WORD.search(text) and (agreed or not ends):
        hits = TRIGGERS_BY_KIND["event"].finditer(text)
        if all(m.group().startswith("참여") for m in hits):
            kinds.remove("event")  # a subtitle '…뮤라디엑스·ETRI 참여': members of a project, no occasion
    if "event" in kinds and not _EVENT_WORD.search(text) and not _CONSORTIUM.search(text):
        hits = list(TRIGGERS_BY_KIND["event"].finditer(text))
        if all(m.group().startswith("참여") and _ROLE_JOINED.search(text[: m.start()]) for m in hits):
            kinds.remove("event")  # '강남세브란스병원이 실증 기관으로 참여해': a role in a project
    if (
        "event" in kinds
        and _DEAL_CEREMONY.search(text)
        and not _EVENT_WORD.search(_THIS_DAY.sub(" ", _DEAL_CEREMONY.sub(" ", text)))
    ):
        kinds.remove(
            "event"
        )  # '회의실에서 열린 임상 실증 계약식에서': the signing of a deal, not an occasion
    if "event" in kinds and re.search(
        r"(정례적|정기적)으로|해마다\s*(정례\s*)?[가-힣]{2,6}(을|를)\s*열고\s*있", text
    ):
        kinds.remove("event")  # '기술 상담회를 정례적으로 열고 있다': a standing practice, not an occasion
    if "selection" in kinds and re.search(
        r"(지정|선정)(돼|되어)\s*있|현재\s[^.]{0,30}?(지정|선정)된\s", text
    ):
        kinds.remove("selection")  # '전국 10개 병원이 연구중심병원으로 지정돼 있다': a standing, not an act
    if "partnership" in kinds and _DEAL_HANDSHAKE.search(text):
        # '양사는 2023년 위탁개발(CDO) 계약으로 처음 손을 잡았고': the handshake was a contract
        kinds = [k for k in kinds if k != "partnership"] + (["contract"] if "contract" not in kinds else [])
    if {"event", "partnership"} <= set(kinds) and _STAND.search(text):
        kinds.remove("partnership")  # 'X는 Y와 함께 홍보관을 운영하고': together at the fair, no partnership
    if "partnership" in kinds and _NOT_TOGETHER.search(text):
        kinds.remove("partnership")  # 'A·B도 AI 기업과의 협력을 늘리고 있다', 'A와 함께 양대 재단으로 꼽힌다'
    if "event" in kinds and _CONSORTIUM.search(text):
        # '컨소시엄에는 A, B, C가 참여한다': partners of a consortium, not participants of an event
        kinds = [k for k in kinds if k != "event"] + (["partnership"] if "partnership" not in kinds else [])
    if {"mou", "investment"} <= set(kinds) and _ACQUISITION.search(text):
        kinds.remove("mou")  # 'signed a definitive agreement to buy a 100 percent stake': the purchase
    if "investment" in kinds and _UNNAMED_INVESTEE.search(text):
        kinds.remove("investment")  # '참여 기업 3곳의 후속 투자 유치를 이끌어냈다': whose round is not said
    if {"contract", "investment"} <= set(kinds) and "기술출자" in text:
        kinds.remove("investment")  # '특허를 X에 출자하는 기술출자 계약': patents for shares, a contract
    if "investment" in kinds and _INVESTED_FIRST.search(text):
        kinds.remove("investment")  # '…이 X에 투자한 것은 이번이 처음이다': the round just told, remarked on
    # 'WHO가 우선순위 병원체로 지정했지만': a pathogen designated, no body; '이번에 선정된 과제들의
    # 개발 계획을 공유': those chosen before; unless the sentence chooses something else besides
    for rx in (_THING_DESIGNATED, _CHOSEN_BEFORE):
        if (
            "selection" in kinds
            and rx.search(text)
            and not TRIGGERS_BY_KIND["selection"].search(rx.sub(" ", text))
        ):
            kinds.remove("selection")
    if "event" in kinds and _PROJECT_LED.search(text):
        # '배양배지 과제는 A가 주관하고 B와 C가 참여기관으로 이름을 올렸다': a project's consortium
        kinds = [k for k in kinds if k != "event"] + (["partnership"] if "partnership" not in kinds else [])
    if _DEALS_COUNTED.search(text):
        # '매칭데이 이후 구매계약 3건과 공동 성능평가 협약 1건이 성사됐다': a tally of deals told one by one
        kinds = [k for k in kinds if k not in {"contract", "mou"}]
    if {"event", "selection"} <= set(kinds) and _PROGRAMME_RUN.search(text):
        kinds.remove(
            "event"
        )  # 'A가 주관하고 B가 운영하는 '…지원사업' 대상 기업으로 선정됐다': a call's bodies
    if "event" in kinds and _PART_OF_PROGRAMME.search(text):
        kinds.remove("event")  # '이번 상담회도 이 사업의 일환으로 마련됐다': the event told, and whose money
    if "investment" in kinds and _RUNNING_TOTAL.search(text):
        kinds.remove("investment")  # 'The new money brings the total X has raised to …': a running sum
    if "investment" in kinds and _BUDGET.search(text):
        kinds.remove("investment")  # '산업부는 국비 1200억원을 투입하고': public money spent, not a round
    if {"mou", "investment"} <= set(kinds) and _PLEDGE.search(text):
        kinds.remove("investment")  # 'an agreement under which X will invest': the MOU is the pledge
    if "mou" in kinds and _SIGNING_ATTENDED.search(text) and not _SIGNED.search(text):
        kinds.remove("mou")  # '이날 협약식에는 시장을 비롯해 30여명이 참석했다': who attended, not who signed
    if "selection" in kinds and _INVESTEE_PICKED.search(text):
        # '펀드는 첫 투자처로 X를 낙점했다': an investment, not a selection
        kinds = [k for k in kinds if k != "selection"] + (["investment"] if "investment" not in kinds else [])
    chosen = _CHOSEN_SUBJECT.search(text)
    if "selection" in kinds and chosen and not TRIGGERS_BY_KIND["selection"].search(text[chosen.end() :]):
        # '이번에 선정된 CRG-204는 …', '유일하게 선정된 경희대 과제는 … 함께 수행한다': what the chosen
        # one is or does, not the choice
        kinds.remove("selection")
    if "visit" in kinds and "event" in kinds and _MOVED_TO_HOLD.search(text):
        kinds.remove("visit")
    if "visit" in kinds and not TRIGGERS_BY_KIND["visit"].search(_FIND.sub(" ", text)):
        kinds.remove("visit")  # '적응증을 찾아내는', '표적을 찾는다는': finding, not visiting
    if _MET_AT.search(clause):
        # '이번 협약은 X가 지난해 연 '…상담회'에 참가한 것을 계기로 성사됐다': the occasion the deal came
        # from, an event of its own; its host signed nothing
        kinds = ["event"]
    return kinds


_UNNAMED_INVESTEE = re.compile(r"(기업|스타트업|곳|개사)의\s*(후속\s*)?투자\s*유치")
_INVESTED_FIRST = re.compile(r"투자(한|했던)\s*(것은|건|사례는)\s*이번이\s*처음")
# not 'raised 25 billion won from X, bringing its cumulative funding to …': the round, then the sum
_RUNNING_TOTAL = re.compile(
    r"\b[Tt]he (new )?(money|funding|capital|investment) brings (the|its) total\b|"
    # 'Saebit has raised about 110 billion won to date': what all its rounds add up to
    r"\bhas raised\b[^.]{0,40}?\b(to date|so far|in total|since (its )?(founding|inception))\b|"
    # '회사는 설립 이후 누적 210억원의 투자를 유치했다': all its rounds added up
    r"누적\s*(투자\s*(유치\s*)?(금액|액)?\s*)?[\d,.]+\s*(억|조)\s*원?(의|을|어치)?\s*(투자|자금)"
)
_THING_DESIGNATED = re.compile(
    r"(병원체|질환|질병|감염병|물질|품목|의약품|치료제|신약|제품)(으로|로)\s*(지정|선정)(했|됐|되|하|한|된|돼)"
)
_CHOSEN_BEFORE = re.compile(r"(이번에|앞서)\s*선정된\s*[가-힣]{1,6}?(들)?의\s")
# also a deck line's tally: '소닉스케어·오스테오픽스·바이탈코어메드 현장서 MOU 3건'
_DEALS_COUNTED = re.compile(r"(계약|협약|MOU)\s*(\d+|한|두|세|네|다섯)\s*건(과|이|을|도|,|\s*$|\s*…)")
_PROGRAMME_RUN = re.compile(r"주관하고\s[^.]{0,40}?(이|가)\s*운영하는\s[^.]{0,40}?(사업|프로그램)")
_PROJECT_LED = re.compile(r"과제(는|에는)\s[^.]{0,30}?(이|가)\s*주관하고\s[^.]{0,60}?(참여|함께|이름을\s*올)")
_PART_OF_PROGRAMME = re.compile(
    r"(이번|이)\s*(상담회|행사|포럼|박람회|설명회|전시회|데모데이|대회)(도|는|은)\s[^.]{0,20}?일환으로\s*"
    r"(마련|열렸|열린|개최)"
)
_BUDGET = re.compile(r"(국비|지방비|도비|시비|군비|국고|예산)\s*\d[\d,.]*\s*(조|억|만)")
_ROLE_JOINED = re.compile(r"(기관|기업|업체|병원|파트너|역할)(으로|로)\s*$")
_DEAL_HANDSHAKE = re.compile(r"계약(으로|을\s*통해|을\s*맺으며)\s*(처음\s*|첫\s*)?손(을\s*)?잡")
_NOT_TOGETHER = re.compile(
    r"(기업|업체|기관|스타트업|바이오텍|제약사|빅파마)(과|와)의\s*(협력|협업|공동|제휴)|꼽힌다|꼽히는|불린다|불리는|"
    r"각자\s|저마다\s|독자적으로\s"  # "A와 B 역시 각자 유사한 플랫폼으로 임상을 진행하고 있다": rivals
)
_JOINED_STUDY = re.compile(r"참여하는\s*(이|이번|해당)\s*(연구|임상)(은|는|에는)\s")
_SIGNING_HELD = re.compile(r"(열린|열리는|진행된|개최된)\s[^.]{0,20}?(협약|계약|체결|서명|조인)식(에서|에)\s")
_OPENED_UP = re.compile(
    r"(시장|시대|길|문|장|막|가능성)(은|이|도)\s[^.]{0,140}?열(렸|린|리)|"
    r"(시장|시대|길|문|장|막)(을|를)\s*(처음|먼저|새로|활짝)?\s*열(었|어|고|며|면서)"  # '먼저 시장을 열었다'
)
_INVESTEE_CHOSEN = re.compile(
    r"(투자처(로는|로|는)|투자\s*대상(으로|으로는))\s[^.]*(낙점|선정|선택)(됐|되었|돼|되어)"
)
_IN_KOREA = re.compile(r"(?<![가-힣])방한(한|중인)\s")
_EACH_THEIR_OWN = re.compile(r"등(이|은|도)\s*(잇따라|연이어|잇달아|각각)\s")
_EVENT_WORD = re.compile(
    r"행사|포럼|세미나|심포지엄|컨퍼런스|콘퍼런스|박람회|전시회|설명회|간담회|토론회|워크숍|데모데이|상담회|페어|"
    r"대회(?!의실)|축제|쇼케이스|이날|개막|개최|\bday\b|데이(?!터)|엑스포|바이오코리아|BIO|\bforum\b|\bconference\b|\bsummit\b|\bexpo\b",
    re.I,
)
_MET_AT = re.compile(
    r"(협약|계약|MOU|제휴)(은|는)\s[^.]*?(연|개최한|주최한|마련한|운영한)\s*['‘\"“][^'’\"”]{2,50}['’\"”]\s*(행사)?에\s*"
    r"(참가|참여|참석)한\s*(것|데)(을|이)?\s*계기"
)
_DEAL_CEREMONY = re.compile(r"(계약|협약|체결|서명|조인)식")
_SIGNING_ATTENDED = re.compile(r"협약식(에는|에)\s[^.]*참석")
_SIGNED = re.compile(r"체결|맺|서명|교환")
_INVESTEE_PICKED = re.compile(r"투자\s*(처|대상|기업)(로|으로)\s")
_CONSORTIUM = re.compile(
    r"컨소시엄(에는|에|엔)\s[^.]{0,80}참여|컨소시엄['’\"”]?(을|이)\s*(구성|꾸려|꾸렸)|"
    r"(참여|참가)하는\s[^.]{0,50}?컨소시엄"  # 'A와 B, C가 참여하는 '인천 … 컨소시엄'이다'
)
_ACQUISITION = re.compile(r"\bagreement to (buy|acquire|purchase|take over)\b", re.I)
_PLEDGE = re.compile(r"\bwill invest\b|\bplans to invest\b|투자(하기로|할\s*(계획|예정|방침))")
_FIND = re.compile(
    r"찾아\s*내|찾아낸|찾아나|찾는다는|찾을\s*수|찾기|찾는\s*(데|것)|"
    r"방문\s*(기회|프로그램|일정|비용|지원)"  # '연구소 방문 기회를 제공한다': a benefit, not a visit
)
