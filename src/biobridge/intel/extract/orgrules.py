"""Word lists behind organisation detection: suffixes with their types, titles, generic nouns.

These are closed-class lists (how Korean names organisations and people's titles), not a
list of organisations: names themselves come from the gazetteer and from context.
"""

from __future__ import annotations

import re
from functools import lru_cache

# (suffix, type, weight) — longest suffix wins. Weight is evidence that the word is a name.
SUFFIXES: list[tuple[str, str | None, float]] = sorted(
    [
        ("실증지원센터", "demonstration_centre", 2.0),
        ("실증센터", "demonstration_centre", 2.0),
        ("진흥원", "public_agency", 2.0),
        ("진흥재단", "public_agency", 2.0),
        ("진흥공사", "public_agency", 2.0),
        ("진흥회", "association", 1.5),
        ("진흥기구", "public_agency", 2.0),  # '일본무역진흥기구(JETRO)'
        ("보건기구", "other", 2.0),  # '세계보건기구(WHO)', '범미보건기구'
        ("평가원", "public_agency", 2.0),
        ("관리원", "public_agency", 1.5),
        ("정보원", "public_agency", 1.5),
        ("개발원", "public_agency", 1.5),
        ("공단", "public_agency", 1.5),
        ("공사", "public_agency", 1.0),
        ("재단", "public_agency", 1.5),
        ("대사관", "government", 2.0),  # '주한덴마크대사관': a foreign government acting here
        ("영사관", "government", 2.0),
        ("기술원", "research_institute", 2.0),
        ("시험원", "research_institute", 2.0),  # '한국산업기술시험원(KTL)': a testing institute
        ("인증원", "public_agency", 1.5),  # '한국보건의료인증원'
        ("협회", "association", 2.0),
        ("상공회의소", "association", 2.0),  # '주한독일상공회의소', '대구상공회의소'
        ("학회", "association", 2.0),
        ("연합회", "association", 2.0),
        ("협의회", "association", 1.5),
        ("조합", "association", 1.0),
        ("연구조합", "association", 2.0),
        ("연구원", "research_institute", 1.5),
        ("연구소", "research_institute", 1.5),
        ("자원관", "research_institute", 2.0),  # '국립해양생물자원관(MABIK)'
        ("과학원", "research_institute", 1.5),  # '국립축산과학원', '국립수산과학원'
        ("연구센터", "research_institute", 1.5),
        ("硏", "research_institute", 1.5),
        ("사업단", None, 1.5),
        ("대학교", "university", 2.0),
        ("대학", "university", 1.5),
        ("대", "university", 1.0),
        ("과학기술원", "university", 2.0),
        ("대학교병원", "hospital", 2.0),
        ("대병원", "hospital", 2.0),
        ("병원", "hospital", 2.0),
        ("의료원", "hospital", 2.0),
        ("의학원", "hospital", 2.0),
        ("산업본부", "public_agency", 1.5),
        ("검역본부", "public_agency", 2.0),  # '농림축산검역본부'
        ("관리본부", "public_agency", 1.5),
        ("암센터", "hospital", 1.5),
        ("청", "government", 1.0),
        ("시청", "government", 1.5),
        ("도청", "government", 1.5),
        ("군청", "government", 1.5),
        ("구청", "government", 1.5),
        ("교육청", "government", 2.0),
        ("의회", "government", 2.0),
        ("위원회", None, 1.5),
        ("특별자치도", "government", 2.0),
        ("광역시", "government", 2.0),
        ("특별시", "government", 2.0),
        ("특례시", "government", 2.0),
        ("클러스터", "cluster", 1.5),
        ("바이오허브", "cluster", 2.0),
        ("바이오밸리", "cluster", 2.0),
        ("특구", "cluster", 1.5),
        ("산업단지", "cluster", 1.0),
        ("테크노파크", "public_agency", 2.0),
        ("테크노밸리", "public_agency", 2.0),
        ("창조경제혁신센터", "public_agency", 2.0),
        ("테크놀로지스", "company", 2.0),
        ("테크놀로지", "company", 1.5),
        ("인베스트먼트", "investor", 2.0),
        ("벤처스", "investor", 2.0),
        ("파트너스", "investor", 1.5),
        ("캐피탈", "investor", 2.0),
        ("자산운용", "investor", 2.0),
        ("벤처캐피탈", "investor", 2.0),
        ("공제회", "investor", 2.0),  # '과학기술인공제회', '교직원공제회': institutional fund investors
        ("벤처캐피털", "investor", 2.0),
        ("벤처펀드", "investor", 1.5),  # a corporate venture fund: '노바티스벤처펀드'
        ("캐피털", "investor", 2.0),
        ("창업투자", "investor", 2.0),
        ("벤처투자", "investor", 2.0),
        ("IB투자", "investor", 2.0),  # '아주IB투자', 'KTB네트워크IB투자'
        ("기술투자", "investor", 2.0),  # '한국기술투자', '대성기술투자'
        ("투자금융", "investor", 2.0),  # '대전투자금융': a city's public investment company
        ("기술지주", "investor", 2.0),
        ("투자지주", "investor", 2.0),  # '카이스트청년창업투자지주'
        ("기술지주회사", "investor", 2.0),
        ("투자조합", "investor", 1.5),
        ("액셀러레이터", "investor", 1.5),
        ("증권", "investor", 1.5),
        ("은행", "investor", 1.0),
        ("제약", "company", 1.5),
        ("약품", "company", 1.5),
        ("약품공업", "company", 2.0),  # '오노약품공업', '다케다약품공업': a Japanese drugmaker's form
        ("제약공업", "company", 2.0),
        ("바이오", "company", 1.0),
        ("바이오텍", "company", 1.5),
        ("바이오로직스", "company", 1.5),
        ("바이오사이언스", "company", 1.5),
        ("테라퓨틱스", "company", 2.0),
        ("파마슈티컬스", "company", 2.0),
        ("파마", "company", 1.5),
        ("파마텍", "company", 1.5),
        ("바이오팜", "company", 1.5),
        ("헬스케어", "company", 1.0),
        ("메디컬", "company", 1.0),
        ("메디칼", "company", 1.0),
        ("메디텍", "company", 1.5),
        ("랩스", "company", 1.5),
        ("사이언스", "company", 1.0),
        ("사이언시스", "company", 1.5),
        ("생명과학", "company", 1.5),
        ("홀딩스", "company", 1.5),
        ("그룹", "company", 1.0),
        ("케미칼", "company", 1.5),
        ("제네틱스", "company", 1.5),
        ("바이오시스", "company", 1.5),
        ("셀", "company", 0.5),
        ("젠", "company", 0.5),
        ("텍", "company", 0.5),
        ("센터", None, 0.8),
        ("코리아", "company", 0.8),
        ("이노베이션", "company", 0.8),
        ("전자", "company", 1.0),
        ("화학", "company", 0.8),
        ("솔루션", "company", 0.5),
        ("솔루션즈", "company", 1.0),
    ],
    key=lambda s: -len(s[0]),
)

# English suffix words that end organisation names.
EN_SUFFIXES: dict[str, str | None] = {
    "inc": "company",
    "corp": "company",
    "corporation": "company",
    "co": "company",
    "ltd": "company",
    "llc": "company",
    "gmbh": "company",
    "ag": "company",
    "plc": "company",
    "sa": "company",
    "therapeutics": "company",
    "pharmaceuticals": "company",
    "pharmaceutical": "company",
    "pharma": "company",
    "pharm": "company",  # 'ST Pharm', 'Hanmi Pharm'
    "biosciences": "company",
    "bioscience": "company",
    "biotech": "company",
    "biologics": "cdmo",
    "biopharma": "company",
    "biopharmaceuticals": "company",
    "bio": "company",
    "genomics": "company",
    "diagnostics": "company",
    "medical": "company",
    "healthcare": "company",
    "health": "company",
    "labs": "company",
    "laboratories": "company",
    "holdings": "company",
    "group": "company",
    "sciences": "company",
    "technologies": "company",
    "robotics": "company",
    "systems": "company",  # 'Ardent Cell Systems'
    "space": "company",  # 'Axiom Space'
    "university": "university",
    "college": "university",
    "institute": "research_institute",
    "hospital": "hospital",
    "clinic": "hospital",
    "association": "association",
    "society": "association",
    "organization": "association",
    "federation": "association",
    "council": "association",
    "coalition": "association",
    "alliance": "association",
    "agency": "public_agency",
    "administration": "government",
    "ministry": "government",
    "capital": "investor",
    "management": "investor",  # 'RA Capital Management'
    "biomanufacturing": "company",  # 'Pinehurst Biomanufacturing'
    "equity": "investor",  # 'Daesung Private Equity'
    "ventures": "investor",
    "bioventures": "investor",  # 'Lion Rock Bioventures'
    "venture": "investor",  # 'Atlas Venture'
    "partners": "investor",
    "investment": "investor",
    "investments": "investor",
    "fund": "investor",
    "foundation": "public_agency",
    "centre": None,
    "center": None,
    "cluster": "cluster",
    "hub": "cluster",
    "technopark": "public_agency",  # 'Gyeonggi Technopark'; 'Chungnam Techno Park' too
    "lab": "company",
    "authority": "government",
    "embassy": "government",  # 'the Embassy of Denmark in Seoul'
    "consulate": "government",
    "city": "government",
    "province": "government",
    "county": "government",
    "government": "government",
    "innovation": "company",
    "bank": "investor",
    "securities": "investor",  # 'an analyst at Kiwoom Securities'
}

# Nationality adjectives that open an English description ('Swiss CDMO Lonza', 'Danish Life Science
# Cluster'): one list for the Korean and the English finders.
NATIONALITIES = (
    "Swiss",
    "German",
    "Japanese",
    "Chinese",
    "French",
    "British",
    "Danish",
    "Dutch",
    "Belgian",
    "Swedish",
    "Israeli",
    "Indian",
    "Canadian",
    "Australian",
    "Italian",
    "Spanish",
    "American",
    "Korean",
    "Finnish",
    "Norwegian",
    "Singaporean",
)

# Titles that follow (or precede) a person's name and reveal the organisation next to it.
TITLES = re.compile(
    r"^(대표이사|대표|공동대표|회장|부회장|상근부회장|사장|부사장|총괄부사장|원장|부원장|센터장|총장|부총장|이사장|"
    r"소장|단장|사업단장|청장|본부장|교수|부교수|조교수|상무|상무이사|전무|이사|연구위원|책임연구원|선임연구원|"
    r"수석연구원|팀장|실장|의장|장관|차관|국장|과장|박사|CEO|CTO|CSO|CFO|COO|최고경영자|창업자|대표원장|병원장|"
    r"시장|도지사|지사|군수|구청장|의원|부장|지점장|매니저|디렉터|책임자|위원장|회장직무대행|교수팀|연구팀|최고[가-힣]{1,4}책임자)$"
)
# Words that are never an organisation on their own, whatever their suffix says.
GENERIC = {
    "중에서",  # '국내 기업 중에서는 ▲A ▲B': among them
    "일대일",  # '일대일 미팅 주선': one-to-one
    "오가노이드",  # technical terms Kiwi does not know, which read like coined names
    "바이오리액터",
    "생물반응기",
    "엑소좀",
    "마이크로바이옴",
    "스페로이드",
    "가운데",
    # a panel that reviews or selects, not an actor
    "선정위원회",
    "심사위원회",
    "평가위원회",
    "선정평가위원회",
    "심의위원회",
    "자문위원회",
    "운영위원회",
    "임상시험심사위원회",  # a hospital's IRB
    "투자조합",  # a fund's legal form, named alone
    "공제회",
    "협회",
    "학회",
    "연구원",
    "연구소",
    "대학",
    "대학교",
    "병원",
    # kinds of hospital, not one hospital ('호찌민의 대형 안과병원에서', '국립대병원 9곳')
    "안과병원",
    "치과병원",
    "요양병원",
    "전문병원",
    "종합병원",
    "대학병원",
    "국립대병원",
    "상급종합병원",
    "대형병원",
    "중소병원",
    "협력병원",
    "한방병원",
    "공공병원",
    "재활병원",
    "센터",
    "재단",
    "기업",
    "기관",
    "정부",
    "지자체",
    "제약",
    "바이오",
    "헬스케어",
    "사이언스",
    "그룹",
    "코리아",
    "이노베이션",
    "오픈이노베이션",  # the practice, not a company
    "전자",
    "화학",
    "셀",
    "젠",
    "텍",
    "제약바이오",
    "첨단바이오",
    "레드바이오",
    "그린바이오",
    "화이트바이오",
    "디지털헬스케어",
    "디지털헬스",
    "바이오헬스",
    "스마트헬스케어",
    "글로벌제약",
    "국내제약",
    "K-바이오",
    "K바이오",
    "한국바이오",
    "국내바이오",
    "바이오제약",
    "연구기관",
    "출연연",
    "대기업",
    "중견기업",
    "중소기업",
    "벤처",
    "바이오벤처",
    "스타트업",
    "제약사",
    "제약회사",
    "빅파마",
    "공공기관",
    "지원센터",
    "창업지원센터",
    "컨벤션센터",
    "데이터센터",
    "연구센터",
    "비즈니스센터",
    "이하센터",
    "사업단",
    "위원회",
    "조합",
    "공사",
    "공단",
    "청",
    "의회",
    "은행",
    "증권",
    "클러스터",
    "바이오클러스터",
    "혁신클러스터",  # '바이오 혁신클러스터 육성 전략': the kind of cluster a region builds
    "특구",
    "산업단지",
    "테크",
    "솔루션",
    "파트너스",
    "그룹사",
    "책임연구원",
    "선임연구원",
    "수석연구원",
    "연구위원",
    "교육청",
    "시청",
    "도청",
    "군청",
    "구청",
    "본청",
    "바이오텍",
    "바이오기업",
    "바이오산업",
    "약품",
    "의약품",
    "동물약품",  # '베트남 동물약품 유통사 X': what it sells
    "동물의약품",
    "원료의약품",
    "완제의약품",
    "바이오의약품",
    "합성의약품",
    "국내대학",
    "해외대학",
    "현지대학",
    "소재",
    "임상시험센터",
    "협력센터",
    "혁신센터",
    "지원사업단",
    "생명과학",
    # designations and categories, not names
    "연구중심병원",
    "공립병원",
    "국립병원",
    "사립병원",
    "유통사",
    "제조사",
    "판매사",
    "공급사",
    "개발사",
    "거점병원",
    "국책기관",
    "혁신특구",
    "규제자유특구",
    "액셀러레이팅",
    "엑셀러레이팅",
    "인큐베이팅",
    "신기술투자조합",
    "벤처투자조합",
    "개인투자조합",
    "대표단",
    "방문단",
    "사절단",
    "시찰단",
    "강소특구",
    "연구개발특구",
    "중앙연구소",
    "부설연구소",
    "기업부설연구소",
    # continents and regions: '아시아 시장 공략' is a market, not '아시아 시장(mayor)'
    "아시아",
    "동남아",
    "동남아시아",
    "중앙아시아",
    "서남아시아",
    "동유럽",
    "서유럽",
    "북유럽",
    "중동부유럽",
    "북아프리카",
    "중동",
    "북미",
    "남미",
    "중남미",
    "아프리카",
    "오세아니아",
    "벤처캐피탈",
    "벤처캐피털",
    "캐피털",
    "창업투자",
    "벤처투자",
    "기술지주",
    "기술지주회사",
    "엑셀러레이터",
    "액셀러레이터",
    # activities written as loanwords: '투자자 네트워킹', '전문가 멘토링'
    "네트워킹",
    "멘토링",
    "컨설팅",
    "마케팅",
    "매칭",
    "피칭",
    "코칭",
    "펀딩",
    "스크리닝",
    "모니터링",
    "사모펀드",
    "VC",
    "의과대학",
    "약학대학",
    "공과대학",
    "대학원",
    "치과대학",
    "수의과대학",
    "한의과대학",
    "간호대학",
    "자회사",
    "계열사",
    "협력사",
    "투자사",
    "운용사",
    "관계자",
    "산하기관",
    "유관기관",
    "협의체",
    "컨소시엄",
    "본사",
    "지사",
    "법인",
    "소부장",
    "세계",
    "최대",
    "시대",
    "확대",
    "기대",
    "세대",
    "상대",
    "절대",
    "현지",
    "학계",
    "업계",
    "산업계",
    "한국",
    "미국",
}
# First words that mean the eojeol is a modifier or a pronoun, never a name ("이번 협약", "해당 기업").
NOT_NAME_START = re.compile(
    r"^(이번|해당|여러|다른|모든|관련|국내|해외|글로벌|주요|우수|유망|신규|전국|지역|현지|양국|양사|양측|"
    r"동사|본사|당사|타사|총|약|첫|제\d)$|^(이번|해당|관련|국내|해외|글로벌|주요|유망|신규)\S"
)
DETERMINERS = {
    "공동",  # '공동 연구위원회': a joint body of the parties, not a named organisation
    "양국",
    "양",
    "각",
    "두",
    "세",
    "여러",
    "이들",
    "해당",
    "모든",
    "다른",
    "타",
    "각국",
    "국내외",
    "전국",
}
_GENERIC_ENDINGS = (
    "의약품",
    "치료제",
    "백신",
    "산업",
    "플랫폼",
    "기업",
    "업체",
    "사업",
    "프로그램",
    "기술",
    "시장",
    "분야",
    "생태계",
    "프로젝트",
    "과제",
    "전략",
    "정책",
    "시설",
    "공장",
    "캠퍼스",
    "단지조성",
    "기술료",  # '선급기술료', '경상기술료': fees of a licence
    "계약금",
    "수수료",
)
_CITY_TEXT = (
    "수원 성남 고양 용인 부천 안산 안양 남양주 화성 평택 의정부 "
    "시흥 파주 김포 광명 군포 하남 오산 이천 안성 의왕 양주 "
    "구리 포천 동두천 과천 여주 춘천 원주 강릉 동해 태백 속초 "
    "삼척 청주 충주 제천 천안 공주 보령 아산 서산 논산 계룡 "
    "당진 전주 군산 익산 정읍 남원 김제 목포 여수 순천 나주 "
    "광양 포항 경주 김천 안동 구미 영주 영천 상주 문경 경산 "
    "창원 진주 통영 사천 김해 밀양 거제 양산 서귀포 가평 양평 "
    "연천 홍천 횡성 영월 평창 정선 철원 화천 양구 인제 양양 "
    "보은 옥천 영동 증평 진천 괴산 음성 단양 금산 부여 서천 "
    "청양 홍성 예산 태안 완주 진안 무주 장수 임실 순창 고창 "
    "부안 담양 곡성 구례 고흥 보성 화순 장흥 강진 해남 영암 "
    "무안 함평 영광 장성 완도 진도 신안 군위 의성 청송 영양 "
    "영덕 청도 고령 성주 칠곡 예천 봉화 울진 울릉 의령 함안 "
    "창녕 남해 하동 산청 함양 거창 합천 울주 달성 기장 강화 "
    "옹진 "
)
CITIES = set(_CITY_TEXT.split())


# Unit words that name nothing alone but make a name with the noun before them.
UNIT_WORDS = {
    "실증지원센터": "demonstration_centre",
    "실증센터": "demonstration_centre",
    "연구소": "research_institute",
    "연구센터": "research_institute",
    "사업단": None,
    "연구단": "research_institute",
    "지원센터": "public_agency",
    "혁신센터": None,
    # Foreign company names are often transliterated word by word: '오릭 파마슈티컬스'.
    "파마슈티컬스": "company",
    "파마슈티컬": "company",
    "테라퓨틱스": "company",
    "바이오사이언스": "company",
    "바이오텍": "company",
    "바이오로직스": "company",
    "제네틱스": "company",
    "지노믹스": "company",  # '10x 지노믹스(10x Genomics)'
    "제노믹스": "company",
    "다이애그노스틱스": "company",
    "바이오테크놀로지스": "company",
    "테크놀로지스": "company",
    "파마": "company",  # '베르테라 파마(Vertera Pharma)'
    "바이오파마": "company",
    "사이언시스": "company",
    "온콜로지": "company",
    "홀딩스": "company",
    "랩스": "company",
    "리서치": "company",  # '브라이트패스 리서치(BrightPath Research)'
    "메디컬": "company",  # '알마나르 메디컬(Al Manar Medical Co.)'
    "메디컬시티": "hospital",  # '킹파드 메디컬시티(KFMC)': a foreign hospital complex
    "메디칼": "company",
    "메디카": "company",  # '판타라 메디카(PT Pantara Medika)'
    "래버러토리스": "company",  # '찰스리버 래버러토리스'
    "래보라토리스": "company",
}


_COUNTRY_TEXT = (
    "미국 중국 일본 유럽 독일 영국 프랑스 스위스 인도 호주 캐나다 이스라엘 싱가포르 대만 벨기에 덴마크 "
    "스웨덴 네덜란드 이탈리아 스페인 베트남 태국 미 중 일 英 美 中 日 獨 사우디아라비아 사우디 "
    "아랍에미리트 UAE 카타르 쿠웨이트 인도네시아 말레이시아 필리핀 폴란드 헝가리 체코 브라질 멕시코 칠레 "
    "우즈베키스탄 카자흐스탄 몽골 이집트 튀르키예 터키 러시아 오스트리아 핀란드 노르웨이 아일랜드 뉴질랜드"
)
# '사우디아라비아 보건부', '미국 상무부': a country and a ministry name a foreign government body.
FOREIGN_MINISTRY = re.compile(
    r"(보건|외교|산업|상무|통상|교육|과학|경제|재무|농업|국방|환경|노동|투자|복지)\w{0,5}부|"
    r"식품의약(품)?(청|국|처)|의약품(청|국)|식약청|"  # '사우디 식품의약청(SFDA)': a country's regulator
    # '브라질 국가위생감시국(ANVISA)', '베트남 의약품관리청(DAV)'
    r"[가-힣]{0,6}(감시국|규제청|보건청|관리청|감독청|과학청|연구청|관리국|감독국)|"
    r"국립[가-힣]{1,10}(연구소|연구원|보건원)"  # '덴마크 국립혈청연구소': a country's national institute
)
# '독일 의료기술산업협회(BVMed)', '싱가포르 경제개발청(EDB)': that country's association or agency, when
# the name itself is only common nouns
FOREIGN_BODY = re.compile(r"[가-힣]{2,10}(협회|연합회)|[가-힣]{0,8}(개발청|진흥청|투자청|무역청|진흥기구)")
COUNTRIES = set(_COUNTRY_TEXT.split())
# foreign cities and states the bio news travels to: '미국 보스턴과 스위스 바젤의 클러스터와 협약'
_FOREIGN_PLACE_TEXT = (
    "보스턴 케임브리지 샌디에이고 샌프란시스코 캘리포니아 매사추세츠 뉴저지 뉴욕 필라델피아 시카고 텍사스 "
    "메릴랜드 노스캐롤라이나 바젤 취리히 제네바 뮌헨 베를린 하이델베르크 다름슈타트 프랑크푸르트 런던 "
    "파리 리옹 도쿄 오사카 고베 상하이 베이징 쑤저우 홍콩 시드니 멜버른 토론토 몬트리올 밴쿠버 "
    "코펜하겐 스톡홀름 암스테르담 레이던 더블린 두바이 아부다비 리야드 자카르타 하노이 호찌민 방콕"
)
FOREIGN_PLACES = set(_FOREIGN_PLACE_TEXT.split())


_FOREIGN_COMPANY_WORDS = (
    "파마슈티컬스",
    "테라퓨틱스",
    "바이오사이언스",
    "바이오텍",
    "바이오로직스",
    "제네틱스",
)


# A division of a group the gazetteer knows: '머크 라이프사이언스', '존슨앤드존슨 이노베이션'. Only after a
# known company name ('디지털 헬스케어' is a field).
DIVISION_WORDS = {"라이프사이언스", "이노베이션", "헬스케어", "바이오테크놀로지스", "파마", "바이오파마"}


def unit_word(word: str) -> str | None:
    """The type a unit word gives the name before it ('오릭 파마슈티컬스', '아티바 바이오테라퓨틱스');
    None when `word` is no unit word (a unit word of no particular type gives '')."""
    if word in UNIT_WORDS:
        return UNIT_WORDS[word] or ""
    if word in DIVISION_WORDS:
        return "company"
    for suffix in _FOREIGN_COMPANY_WORDS:
        if word.endswith(suffix) and word[: -len(suffix)] in {"바이오", "메디", "셀", "파마"}:
            return "company"
    return None


def city_info(core: str) -> bool:
    """'춘천시', '화순군': a Korean city or county acting as a local government."""
    return len(core) >= 3 and core[-1] in "시군" and core[:-1] in CITIES


def category_stem(core: str) -> str | None:
    """'에이치엠' for '에이치엠백신': the word before a category ending, if it ends in one."""
    return next((core[: -len(e)] for e in _GENERIC_ENDINGS if core.endswith(e)), None)


def generic_compound(core: str) -> bool:
    """'항체의약품', '바이오기업', 'K-바이오산업': a category, not a name."""
    return core.endswith(_GENERIC_ENDINGS) or core.startswith(("K-", "k-"))


_COMPANY_CUE_ENDINGS = (
    "기업",
    "업체",
    "회사",
    "제약사",
    "바이오텍",
    "개발사",
    "제조사",
    "유통사",
    "판매사",
    "수탁기관",  # '임상시험수탁기관 씨엔알리서치': a CRO
    "CRO",
)


def type_cue(word: str) -> str | None:
    """The organisation type a noun right before a name announces ('스타트업 X', '개발기업 X')."""
    if word in TYPE_CUES:
        return TYPE_CUES[word]
    if word.endswith(("스타트업", "벤처")):
        return "startup"
    if word.endswith(("투자사", "운용사", "투자자", "투자사인", "투자자인")):
        return "investor"  # '신규 투자자인 컴퍼니케이파트너스': 인 is the copula naming what X is
    if word.endswith(_COMPANY_CUE_ENDINGS) and len(word) >= 2:
        return "company"
    return None


def title_type(title: str) -> str | None:
    if title in {"교수", "총장", "부총장", "조교수", "부교수"}:
        return "university"
    if title in {"대표", "대표이사", "CEO", "공동대표", "창업자"}:
        return "company"
    return None


SURNAMES = set(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염"
    "여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부"
)
# Nouns that, right before a name, say what kind of organisation it is.
TYPE_CUES = {
    "스타트업": "startup",
    "바이오스타트업": "startup",
    "벤처": "startup",
    "바이오벤처": "startup",
    "신생기업": "startup",
    "제약사": "company",
    "제약기업": "company",
    "제약회사": "company",
    "바이오기업": "company",
    "빅파마": "big_pharma",
    "다국적제약사": "big_pharma",
    "CDMO": "cdmo",
    "위탁개발생산": "cdmo",
    "투자사": "investor",
    "벤처캐피탈": "investor",
    "벤처캐피털": "investor",
    "액셀러레이터": "investor",  # '액셀러레이터 씨엔티테크'
    "엑셀러레이터": "investor",
    "VC": "investor",
    "운용사": "investor",
    "중소기업": "sme",
    "중견기업": "sme",
    "대기업": "large_company",
    "계열사": "company",
    "자회사": "company",
    "협력사": "company",
    "공급사": "supplier",
    "장비업체": "supplier",
    "소부장기업": "supplier",
}
CORPORATE = re.compile(r"주식회사|㈜|\(주\)|（주）|\b(?:Inc|Corp|Co|Ltd|LLC|GmbH|AG|PLC)\b\.?")
PARTNER_WORDS = re.compile(
    r"업무협약|협약|MOU|양해각서|공동의향서|계약|파트너십|손잡|제휴|공동연구|공동개발|공동\s*주최|"
    r"공동\s*주관|투자협약"
)
RELATION_WORDS = re.compile(
    r"업무협약|협약|MOU|양해각서|공동의향서|계약|파트너십|공동연구|공동개발|협력|손잡|제휴|투자"
)
LATIN_STOP = {
    # plain English words capitalised at a sentence start or in a heading name nobody
    "WESTERN",
    "EASTERN",
    "MANUFACTURING",
    "OLIGONUCLEOTIDE",
    # a company-form word alone ('Al Manar Medical Co.' cut at its last word) names nobody
    "CO",
    "INC",
    "LTD",
    "CORP",
    "LLC",
    "GMBH",
    "AG",
    "PLC",
    "PT",  # Indonesia's company form, written before the name ('PT 사리벳 인다')
    "JSC",
    "BD",  # '사업개발(BD) 담당자': business development
    "CO-GP",  # a fund's co-general partners
    # a person's title before the name ('led by Dr. Markus Feldhaus')
    "DR",
    "PROF",
    "MR",
    "MS",
    "GP",
    "LP",
    "MOU",
    "R&D",
    "CDMO",
    "CMO",
    "CRO",
    "AI",
    "IPO",
    "MRNA",
    "RNA",
    "DNA",
    "COVID",
    "COVID-19",
    "BIX",
    "USA",
    "CEO",
    "CTO",
    "CFO",
    "ESG",
    "ADC",
    "GMP",
    "CGMP",
    "IT",
    "ICT",
    "BT",
    "NT",
    "K",
    "NO",
    "KOREA",
    "BIO",
    "IR",
    "PR",
    "VC",
    "B2B",
    "CAR-T",
    "API",
    "IND",
    "NDA",
    "BLA",
    "EU",
    "UN",
    "US",
    "UK",
    "WHO",
    "OECD",
    "SW",
    "HW",
    "LAB",
    "HUB",
    "THE",
    "AND",
    "OF",
    "FOR",
    "IN",
    "ON",
    "AT",
    "TO",
    "A",
    "AN",
    "NEW",
    "GLOBAL",
    "SERIES",
    "PRE",
    "PRE-A",
}


_BY_SUFFIX = {s: (kind, weight) for s, kind, weight in SUFFIXES}
_SUFFIX_LENGTHS = sorted({len(s) for s in _BY_SUFFIX}, reverse=True)


@lru_cache(maxsize=65536)
def suffix_info(core: str) -> tuple[str | None, float, str] | None:
    """(type, weight, suffix) when `core` ends with an organisation suffix and has a real stem."""
    for n in _SUFFIX_LENGTHS:
        if len(core) > n and core[-n:] in _BY_SUFFIX:
            stem = core[:-n]
            kind, weight = _BY_SUFFIX[core[-n:]]
            # '위벤처스': a one-letter stem is enough before a long company or investor ending
            short_ok = len(stem) == 1 and n >= 3 and kind in {"investor", "company"} and "가" <= stem <= "힣"
            if (len(stem) < 2 and not short_ok) or re.search(r"\d", stem):
                return None
            if core[-n:] == "청" and stem[-1] in "신요초경":
                return None  # '신약허가신청', '협조 요청', '초청': an application or a request, not an agency
            return kind, weight, core[-n:]
    return None


# 'NVB-201', 'IKS014', 'JW1601': a drug candidate's code, not its developer.
PRODUCT_CODE = re.compile(r"[A-Z]{2,5}-?\d{2,6}[A-Za-z]?")

# '오큘라인은 … 진단하는 AI 의료기기 스타트업이다': a sentence saying what kind of company its subject is
DESCRIBED_AS = re.compile(
    r"\s(?:[가-힣A-Z]+\s)?(기업|회사|스타트업|바이오텍|바이오벤처|벤처|업체|제약사)(?:이)?다\.?\s*$"
)

# '마지막으로 찾은 파이토젠알파는 …': a sentence opening on a stop of a visit, the company it is about
STOP_OPENING = re.compile(r"(마지막으로|이어|다음으로|두\s*번째로|처음)?\s*(찾은|방문한|들른)\s+\S+(은|는)\s")


# Western given names as Korean news writes them: the word after one is a surname, not a company.
_WESTERN_GIVEN_TEXT = (
    "제임스 존 마이클 데이비드 로버트 윌리엄 리처드 리차드 토마스 토머스 찰스 크리스토퍼 "
    "다니엘 대니얼 매튜 매슈 앤서니 앤드루 앤드류 폴 스티븐 스티브 케빈 브라이언 조지 에드워드 "
    "피터 앨버트 알버트 프랭크 헨리 사무엘 벤자민 에릭 스콧 제프리 라이언 제이슨 저스틴 "
    "메리 제니퍼 린다 엘리자베스 수잔 사라 세라 캐서린 캐롤 에밀리 안나 마리아 줄리아 레베카 로라 "
    "한스 클라우스 미하엘 파벨 피에르 프랑수아 카를로스 후안 칼리드 모하메드 무함마드 "
    "라르스 메테 안데르스 닐스 올레 헨리크 헨릭 비르기트 잉그리드 마그누스 요한 요하네스 마르쿠스 "
    "슈테판 볼프강 게오르크 마르틴 크리스티안 프레드릭 스벤 소피 마리 니콜라 알렉산더 알렉스 마크 "
    "조나단 조너선 마틴 앤 앤드리아 올리비아 에마 루카스 레오 필립 빅토르 이반 세르게이 아흐메드 "
    "샤론 제시카 니콜 켈리 레이철 레이첼 헬렌 캐런 낸시 데보라 패트릭 티머시 그레고리 더글러스 데니스 "
    "도널드 로널드 케네스 앤디 토니 에이미 애슐리 스테파니 크리스 제니 줄리 나탈리 다이앤 브루스 "
    # Japanese family names, which come first in the same way: '다나카 히로시 사장'
    "다나카 스즈키 사토 다카하시 와타나베 이토 야마모토 나카무라 고바야시 가토 요시다 야마다 사사키 "
    "야마구치 마쓰모토 이노우에 기무라 하야시 시미즈 야마자키 이케다 하시모토 이시카와 오카다 "
    "후지타 오가와 고토 오카모토 마쓰다 나카지마 후쿠다 니시무라 하세가와 무라카미"
)
WESTERN_GIVEN_NAMES = set(_WESTERN_GIVEN_TEXT.split())


# words that start with a surname syllable but name no one: '현지 시장' is the local market
_NOT_PERSON = {"현지", "국내", "해외", "전국", "지역", "도내", "시내", "관내", "업계", "정부"}


def is_person_name(word: str) -> bool:
    return (
        2 <= len(word) <= 4
        and word not in _NOT_PERSON
        and word[0] in SURNAMES
        and bool(re.fullmatch(r"[가-힣]+", word))
        and suffix_info(word) is None
    )
