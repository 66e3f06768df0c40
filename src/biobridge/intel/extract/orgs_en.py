"""Organisations in English article bodies: capitalised phrases plus the same evidence idea.

A capitalised phrase counts when the gazetteer knows it, it ends in an organisation word
(Inc., Therapeutics, University, Agency...), or a context reveals it (X's CEO, CEO of X,
X signed, agreement with X, "X, a Seoul-based startup"). Parenthesised acronyms after a
name are aliases: Korea Health Industry Development Institute (KHIDI).
"""

from __future__ import annotations

import re
from collections import defaultdict

from biobridge.intel.extract import orgrules as R
from biobridge.intel.extract.gazetteer import Gazetteer, key
from biobridge.intel.extract.orgs import Mention, Organization

# iBio: camel case; 'Seoul St. Mary's Hospital': the saint's abbreviation inside a name
_TOKEN = (
    r"(?:St\.[ \t]+[A-Z][a-z]+['’]s|St\.(?=[ \t]+[A-Z])|"
    r"[A-Z][\w&.-]*[\w&]|[A-Z]|[a-z][A-Z][\w&-]*|\d+[A-Za-z][\w-]*)"
)
_PHRASE = re.compile(
    rf"{_TOKEN}(?:(?:[ \t]+|[ \t]+(?:of|and|&)[ \t]+|-|,[ \t]+(?=(?:Inc|Ltd|LLC|Co)\b)){_TOKEN})*"
)
_LEADING_TITLE = re.compile(
    # 'Deputy Permanent Secretary Lars Holm Nielsen': an official's title
    r"^(?:(?:CEO|President|Chairman|Minister(?![ \t]+of\b)|Professor|Prof|Dr|Mr|Ms|Director|Head|Founder|"
    r"Deputy|Permanent|Secretary(?![ \t]+of\b)|Ambassador(?![ \t]+of\b)|Vice)\.?"
    r"(?:[ \t]+of)?[ \t]+)+"
)
_NATIONAL_KIND = re.compile(
    r"(Korean|Japanese|Chinese|American|European|German|Swiss|Indian|British|French|US|U\.S\.)\s+"
    r"(CDMO|CMO|CRO|CDO|VC|CDMOs|CMOs|CROs|VCs)"
)
_PERSON = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?(?:[ \t]+[A-Z][a-z]+(?:-[a-z]+)?){1,2}")
# 'Samsung Biologics CEO John Rim', 'KHIDI President Cha Soon-do': the name ends at the title.
_INNER_TITLE = re.compile(
    r"\s+(?:CEO|President|Chairman|Vice Chairman|Minister|Commissioner|Director|Professor|Founder|"
    r"Mayor|Governor|"
    r"Chief Executive|Head)\s+[A-Z]"
)
_TITLED_PERSON = (
    r"\b(?:CEO|President|Chairman|Minister|Professor|Prof\.|Dr\.|Mr\.|Ms\.|Director|Founder|Secretary|"
    r"Ambassador)[ \t]+(?:[A-Z][a-z]+[ \t]+){1,2}"
)
_NATIONALITY = "|".join(R.NATIONALITIES) + r"|U\.S\."
# 'Shares of Samsung Biologics', 'Officials of KHIDI': a plural noun opening the sentence.
_LEADING_COMMON = re.compile(
    r"^(?:(?:Shares|Officials|Executives|Employees|Researchers|Representatives|Members|Staff|Investors|"
    r"Courtesy)[ \t]+of[ \t]+|"
    # 'With Brightwater's expertise', 'Germany-based Nordvia Pharma': a sentence opener or a place
    r"(?:With|For|After|Before|During|Under|Through|Since|While|Despite|Following|Unlike|Among|Amid|From|"
    r"In|On|At|By)"
    # 'U.S.-based Amberlyn': where the firm is based
    r"[ \t]+|(?:[A-Z][a-z]+[ \t]+){0,2}(?:[A-Z][a-z]+|U\.S\.|U\.K\.|[A-Z]{2,3})-based[ \t]+|"
    # 'Last October Hanbit signed …': a time opening the sentence
    r"(?:Last|Next|This|Early|Late|Earlier)[ \t]+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|year|month|week)[ \t]+|"
    # 'Swiss CDMO Lonza': a nationality and the kind of company before the name
    r"(?:" + _NATIONALITY + r")[ \t]+(?:CDMO|CMO|CRO|CDO|VC|PE)[ \t]+)"
)
# 'Swiss ADC developer Ardentis Pharma': a nationality and a field before the kind of firm
_NATIONAL_FIELD = re.compile(r"(?:" + _NATIONALITY + r")[ \t]+[A-Z]{2,5}")
# 'Minister of Health and Welfare Jeong Eun-kyeong': the minister's name after the office
# 'the Gangwon State government', 'the Incheon city government': a local government acting
_GOVERNMENT_AFTER = re.compile(
    r"[ \t]+(?:(city|provincial|metropolitan|municipal|state)[ \t]+)?government\b", re.I
)
_REGION_LEVELS = {"State", "Province", "City", "County"}  # 'Gangwon State', 'Chuncheon City'
_LEVEL_NAMES = {
    "city": ("City", "Metropolitan City", "Metropolitan Government"),
    "municipal": ("City", "Metropolitan City"),
    "metropolitan": ("Metropolitan City", "Metropolitan Government"),
    "provincial": ("Province", "State"),
}
_KOREAN_NAME_TAIL = re.compile(r"[ \t]+[A-Z][a-z]{1,5}[ \t]+[A-Z][a-z]+-[a-z]+$")
_EVENT_WORDS = {
    "convention",
    "conference",
    "forum",
    "expo",
    "summit",
    "fair",
    "festival",
    "congress",
    "symposium",
    "awards",
    "show",
    "week",
}
_DEMONYMS = {
    "American",
    "British",
    "Chinese",
    "Japanese",
    "German",
    "French",
    "Swiss",
    "Indian",
    "European",
    "Canadian",
    "Australian",
    "Dutch",
    "Belgian",
    "Danish",
    "Swedish",
    "Israeli",
    "Singaporean",
    "Italian",
    "Spanish",
    "Irish",
    "Taiwanese",
    "Vietnamese",
    "Brazilian",
    "Asian",
    "Czech",
    "Polish",
    "Hungarian",
    "Austrian",
    "Norwegian",
    "Finnish",
    "Russian",
    "Turkish",
    "Mexican",
    "Saudi",
    "Emirati",
    "Thai",
    "Indonesian",
    "Malaysian",
    "Portuguese",
    "Greek",
    "Nordic",
    "Scandinavian",
}
_SITE_AFTER = re.compile(r"\s+(plant|site|facility|factory|campus)\b")
_STATE_AFTER = re.compile(r",\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=[,.;)]|\s+(plant|site|facility)\b)")


def _place_word(body: str, start: int, phrase: str) -> bool:
    """A word naming where something is: the owner's plant ("BMS's Syracuse plant") or a town before
    its state ('Syracuse, New York')."""
    end = start + len(phrase)
    if _SITE_AFTER.match(body, end) and re.search(r"['’]s\s$", body[max(0, start - 3) : start]):
        return True
    state = _STATE_AFTER.match(body, end)
    return bool(state and state.group(1) in _NOT_ORG)


# world regions a market is named by ('pharmacy networks in Central and Eastern Europe')
_REGIONS = {
    "Central",
    "Eastern",
    "Western",
    "Northern",
    "Southern",
    "Eastern Europe",
    "Western Europe",
    "Central Europe",
    "Northern Europe",
    "Southern Europe",
    "Middle East",
    "North Africa",
    "Southeast Asia",
    "South America",
    "Central Asia",
}
# an international nonproprietary drug name opening a sentence: 'Denosumab is one of …'
_DRUG_NAME = re.compile(r"[A-Z][a-z]{3,}(mab|cept|tinib|ciclib|parin|glutide|tide|kinra|vir)")
_HEAD_WORDS = {
    "embassy",
    "consulate",
    "institute",
    "university",
    "agency",
    "association",
    "foundation",
    "council",
    "fund",
    "center",
    "centre",
    "hospital",
    "ministry",
    "college",
    "society",
    "administration",
    "bank",
    "coalition",  # 'Coalition for Epidemic Preparedness Innovations'
    "committee",
    "commission",
    "alliance",
}
_TARGET_CODE = re.compile(r"(?=\S*\d)[A-Z][A-Z0-9]{1,6}(-[A-Z0-9]{1,4})?(\.\d{1,2})?")  # 'PD-L1', 'CLDN18.2'
_GENE = re.compile(r"[A-Z][A-Z0-9]{1,6}\d[A-Z0-9]{0,3}")  # a gene or protein name: 'NLRP3', 'HER2'
_TARGET_NOUN = (
    r"(inflammasome|inhibitors?|targets?|proteins?|genes?|receptors?|pathways?|mutations?|"
    r"antibod\w+|expression)\b"
)
_LIST_INTRO = re.compile(
    r"(?:companies|startups|firms|institutions|organizations|organisations|partners|investors|"
    r"participants|members)\s*,?\s+(?:are|were|include|included|including|such as|--|—|–)\s*:?\s*$",
    re.I,
)
_NOT_ORG = {
    "Korea",
    "South Korea",
    "Seoul",
    "United States",
    "US",
    "U.S.",
    "America",
    "China",
    "Japan",
    "Europe",
    "Boston",
    "Incheon",
    "Songdo",
    "Busan",
    "Daegu",
    "Osong",
    "Pangyo",
    "Gyeonggi",
    "New York",
    "California",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "The",
    "This",
    "It",
    "Switzerland",
    "Canada",
    "United Kingdom",
    "UK",
    "Germany",
    "France",
    "India",
    "Singapore",
    "Taiwan",
    "Vietnam",
    "European Economic Area",
    "European Union",
    "EU",
    "Asia",
    "North America",
    "Latin America",
    "San Diego",
    "Massachusetts",
    "Cambridge",
    "London",
    "Basel",
    "Shanghai",
    "Tokyo",
    "U.S",
    "U.K",
    "Denmark",
    "Sweden",
    "Norway",
    "Finland",
    "Netherlands",
    "Belgium",
    "Austria",
    "Italy",
    "Spain",
    "Israel",
    "Australia",
    "Brazil",
    "Mexico",
    "Czech Republic",
    "Poland",
    "Ireland",
    "Saudi Arabia",
    "United Arab Emirates",
    "UAE",
    "Indonesia",
    "Thailand",
    "Malaysia",
    "Philippines",
    "Turkey",
    "Vienna",
    "Paris",
    "Berlin",
    "Munich",
    "Copenhagen",
    "Stockholm",
    "Amsterdam",
    "Geneva",
    "Zurich",
    "Hong Kong",
    "Beijing",
    "Osaka",
    "Dubai",
    "Princeton",
    "New Jersey",
    "San Francisco",
    "Philadelphia",
    "Chicago",
    "Washington",
    "Seattle",
    "Daejeon",
    "Gwangju",
    "Ulsan",
    "Sejong",
    "Cheongju",
    "Chuncheon",
    "Wonju",
    "Andong",
    "Pohang",
    "Jeonju",
    "Jeju",
    "Suwon",
    "Seongnam",
    "Dangjin",
    "Gimhae",
    "Changwon",
    "Siheung",
    "Under",
    "Industry",
    "Each",
    "KRW",
    "USD",
    "He",
    "She",
    "They",
    "We",
    "In",
    "On",
    "At",
    "As",
    "According",
    "Meanwhile",
    "However",
    "Also",
    "CEO",
    "Korean",
    "Phase",
    "Series",
    "Series A",
    "Series B",
    "Series C",
    "FDA approval",
    "Chairman",
    "President",
}
# Korean family names in romanisation: 'Park said' names a person, not a company.
_SURNAME_TEXT = (
    "Kim Lee Park Choi Jung Jeong Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Shin Kwon Hwang "
    "Ahn Song Yoo Yu Hong Jeon Chun Ko Moon Yang Son Bae Baek Heo Nam Noh Kwak Sung Cha Joo Woo Koo "
    "Min Ryu Jin Eom Chae Won Cheon Bang Gong Hyun Ham Byun Yeom Choo Seok Seol Gil Pyo Myung Ban "
    "Maeng Tak Jee Ji Roh Suh Lyu Yi Rhee "
)
_SURNAMES = set(_SURNAME_TEXT.split())
# Places that open a foreign company's name ('Suzhou Kangyuan Biopharma')
_PLACES_EXTRA = {
    "Benelux",
    "Nordic",
    "Scandinavia",
    "Suzhou",
    "Hangzhou",
    "Shenzhen",
    "Guangzhou",
    "Wuxi",
    "Jiangsu",
    "Zhejiang",
    "Sichuan",
    "Chengdu",
    "Nanjing",
    "Tianjin",
    "Qingdao",
    "Kyoto",
    "Nagoya",
    "Yokohama",
    "Kobe",
    "Mumbai",
    "Bangalore",
    "Hyderabad",
    "Shanghai",
    "Beijing",
    "Tokyo",
    "Osaka",
    "Boston",
    "Cambridge",
    "Basel",
    # regions and countries met in deals abroad
    "Middle East",
    "Gulf",
    "Southeast Asia",
    "South America",
    "Africa",
    "Bahrain",
    "Oman",
    "Kuwait",
    "Qatar",
    "Egypt",
    "Jordan",
    "Abu Dhabi",
    "Riyadh",
    "Jakarta",
    "Hanoi",
    "Bangkok",
    "Russia",
    "Kazakhstan",
    "Uzbekistan",
    "Mongolia",
    "Portugal",
    "Greece",
    "Hungary",
    "Chile",
    "Argentina",
    "Colombia",
    "New Zealand",
    "Pakistan",
    "South Africa",
    "Macau",
    "Los Angeles",
    "San Jose",
    "Houston",
    "Dallas",
    "Atlanta",
    "Miami",
    "Denver",
    "Austin",
    "Baltimore",
    "Raleigh",
    "Durham",
    "Research Triangle Park",
    "Toronto",
    "Montreal",
    "Vancouver",
    "Sydney",
    "Melbourne",
    "Lyon",
    "Milan",
    "Barcelona",
    "Madrid",
    "Dublin",
    "Oxford",
    "Edinburgh",
    "Frankfurt",
    "Hamburg",
    "Leiden",
    "Ghent",
    "Brussels",
    "Lausanne",
    "Oslo",
    "Helsinki",
}
_ACTS = re.compile(r"\s+(?:also\s+)?(?:said|announced|signed|raised|agreed|acquired)\b")
# 'Boston Convention and Exhibition Center', 'Korea Pavilion': where things happen, not who acts
_PRODUCT_BEFORE = re.compile(
    r"\b(?:drugs?|medicines?|brands?|referencing|biosimilars?(?: (?:of|to))?|candidates?)"
    r"\s+(?:\w+\s+and\s+)?$"
)
_BIO_EVENT = re.compile(r"^(?:BIO|Bio)[- ](?:Europe|Asia|USA|Korea|KOREA|International|Japan)\b")
_VENUE_WORDS = {"Convention", "Exhibition", "Pavilion", "Hall", "Booth"}
_VENUE = re.compile(r"\b(Trade|Convention|Exhibition) (Centre|Center)$")  # 'Dubai World Trade Centre'
_CTX_BEFORE = re.compile(
    r"(?:CEO|chief executive|president|chairman|founder|head|director|professor|researchers?|"
    r"team|scientists?) (?:of|at) $|\b(?:led|backed|funded|sponsored|hosted|organi[sz]ed) by $|"
    # "a controlling stake in Germany's IDT Biologika": the company invested in
    r"\b(?:stake|investment) in (?:[A-Z][a-z]+['’]s )?$|"
    # 'agreement with Brazil's Eurofarma': the partner's country before it
    r"(?:agreement|deal|partnership|contract|memorandum of "
    r"understanding|MOU) with (?:[A-Z][a-z]+['’]s )?$|(?:between|subsidiary of|unit of|affiliate of) $|"
    # appositive: 'to a Brazilian firm, EMS, in a deal'
    r"\b(?:firm|company|drugmaker|biotech|startup|partner|developer|manufacturer|investor),\s+$|"
    r"\b[a-z]+\s+(?:manufacturer|developer|maker|drugmaker)\s+$|"  # 'peptide manufacturer Peptris'
    # 'its U.S. subsidiary Genosco'
    r"\bits (?:U\.S\.|American|Korean|Japanese|European|Chinese)? ?(?:subsidiary|affiliate|unit) $",
    re.I,
)
_CTX_AFTER = re.compile(
    r"^(?:\s+in an?\s+(?:[\w-]+\s+)?(?:deal|agreement|pact|contract)\b|"  # 'to Boryung in a deal worth'
    r"\s+under an?\s+(?:[\w-]+\s+)?(?:licens\w*|distribution|supply|partnership)\s+agreement\b|"
    r"'s|’s|\s+(?:also\s+)?(?:signed|said|announced|agreed|will|has|have|invested|acquired|raised|"
    r"partnered|plans|is|was|and|took part|participated|co-led)\b|"
    # 'X (GBSA), the province's industrial promotion agency': what X is, after its acronym too
    r"(?:\s*\([A-Z][\w&-]{1,10}\))?,\s+(?:an?|the(?!\s+(?:company|firm)\b))\s+[\w\s'’-]{0,40}(?:company|startup|firm|developer|maker|"
    r"biotech|provider|manufacturer|investor|institute|agency|association)\b)"
)
# 'ST Pharm CEO Sung Moo-je': a title followed by a person's name marks what comes before as the employer
_ORG_THEN_TITLE = re.compile(r"^\s+(?:CEO|chief executive|president|chairman|vice chairman|founder)\s+[A-Z]")
_PERSON_HINT = re.compile(
    r"^,?\s*(?:who|the)?\s*(?:CEO|chief|president|chairman|founder|professor|vice|minister|"
    r"director|head|said|told)\b",
    re.I,
)


def find_organizations_en(body: str, gazetteer: Gazetteer) -> list[Organization]:
    evidence: dict[str, dict[str, float]] = defaultdict(dict)
    mentions: dict[str, list[Mention]] = defaultdict(list)
    surfaces: dict[str, str] = {}
    types: dict[str, str | None] = {}
    aliases: list[tuple[str, str]] = []
    listed = _listed_spans(body)
    dated = {m.group(1) for m in re.finditer(r"\b([A-Z][\w&]*(?:[ \t][A-Z][\w&]*){0,3})[ \t]+20\d\d\b", body)}
    for phrase, start in _phrases(body, listed, gazetteer):
        level = _local_government(phrase, body, start, gazetteer) if phrase else None
        if not phrase or (phrase in _NOT_ORG and not level) or phrase in _DEMONYMS or len(phrase) < 2:
            continue
        if phrase in _REGIONS or (_DRUG_NAME.fullmatch(phrase) and not gazetteer.lookup(phrase)):
            continue
        if R.PRODUCT_CODE.fullmatch(phrase) and not gazetteer.lookup(phrase):
            continue
        if phrase in _SURNAMES and not gazetteer.lookup(phrase):
            continue
        if not gazetteer.lookup(phrase) and _PRODUCT_BEFORE.search(body[max(0, start - 40) : start]):
            continue  # 'the osteoporosis drugs Prolia and Xgeva': brands, not their makers
        if " " not in phrase and not gazetteer.lookup(phrase) and _place_word(body, start, phrase):
            continue  # "Bristol Myers Squibb's Syracuse plant", 'Syracuse, New York': a place
        if _VENUE_WORDS & set(phrase.split()) or _VENUE.search(phrase) or _BIO_EVENT.match(phrase):
            continue  # 'BIO-Europe Spring': a convention, not who runs it
        if phrase.endswith(" Province") and re.search(r"[A-Z][a-z]+,\s*$", body[max(0, start - 30) : start]):
            continue  # 'in Osong, North Chungcheong Province': an address
        if phrase.split()[-1].lower() in _EVENT_WORDS:
            continue  # 'BIO International Convention': an event, not who runs it
        if (phrase in _PLACES_EXTRA or phrase.endswith("-based")) and not level:
            continue  # 'Bahrain', 'Dubai-based pharmaceutical distributor': a place, not an actor
        if phrase.endswith((" Act", " Bill")):
            continue  # 'the Biosecure Act': a law
        if _NATIONAL_KIND.fullmatch(phrase):
            continue  # 'a Korean CDMO': what a company is, not its name
        if re.fullmatch(r"[A-Z]{2,5}s", phrase) and not gazetteer.lookup(phrase):
            continue  # 'antibody-drug conjugates (ADCs)': a plural of a term's acronym
        if (
            _GENE.fullmatch(phrase)
            and not gazetteer.lookup(phrase)
            and re.search(rf"\b{phrase}\s+{_TARGET_NOUN}", body)
        ):
            continue  # 'its NLRP3 inflammasome inhibitor', 'NLRP3 has become …': a drug target
        if (
            _TARGET_CODE.fullmatch(phrase)
            and not gazetteer.lookup(phrase)
            and re.search(
                rf"\b(targets?|targeting|antigen)\s+(both\s+)?([\w-]+\s+)?{re.escape(phrase)}\b", body
            )
        ):
            continue  # 'targets both PD-L1 and the tumor-associated antigen CLDN18.2': targets
        if " " not in phrase and re.search(
            rf"\b(?:CEO|President|Chairman|Director|Professor|Dr\.|Mr\.|Ms\.)\s+[A-Z][a-z]+\s+{re.escape(phrase)}\b",
            body,
        ):
            continue  # 'CEO Markus Albrecht' … 'Albrecht said': a person named by the surname
        if phrase in dated and not gazetteer.lookup(phrase):
            continue  # 'on the sidelines of Arab Health 2025', then 'at Arab Health': an event
        more = re.match(r"[ \t]+([a-z][\w-]+)", body[start + len(phrase) :])
        if more and gazetteer.lookup(f"{phrase} {more.group(1)}"):  # 'SK bioscience' as the company writes it
            phrase = f"{phrase} {more.group(1)}"
        elif phrase.upper() in R.LATIN_STOP and not level:
            continue
        # 'Minister of Health and Welfare' stands for the ministry
        name = "Ministry" + phrase[len("Minister") :] if phrase.startswith("Minister of ") else phrase
        if level:
            name = level
        parent = gazetteer.lookup(phrase[: -len(" Korea")]) if phrase.endswith(" Korea") else None
        if parent and not parent.weak and not gazetteer.lookup(phrase):
            name = phrase[: -len(" Korea")]  # 'Bayer Korea': the Korean arm speaks for the company
        k = key(name)
        ev = evidence[k]
        if k not in surfaces or (surfaces[k].isupper() and not name.isupper()):
            surfaces[k] = name  # 'Orvigen' over a photo credit's '[ORVIGEN]'
        mentions[k].append(Mention(phrase, start, start + len(phrase)))
        _score(name, body, start, ev, types, k, gazetteer, span=len(phrase))
        if any(a <= start < b for a, b in listed):
            ev["enumeration"] = 1.5
        after = body[start + len(phrase) : start + len(phrase) + 20]
        paren = re.match(
            r"\.?\s*\(([A-Z][\w&-]{1,15})\)", after
        )  # also 'Korea Venture Investment Corp. (KVIC)'
        if paren:
            aliases.append((k, key(paren.group(1))))
    _coordinated(evidence, surfaces, mentions, body)
    for k, short in aliases:
        # 'Seoul National University Hospital (SNUH) … an MOU with SNUH': the bracketed acronym of a name
        if short in evidence and sum(evidence[k].values()) >= 1.5 and "person" not in evidence[short]:
            evidence[short]["bracketed"] = 1.5
    # a dict, not a set: the order names were met decides which spelling gives a group its type, and
    # a set's order changes with the hash seed from run to run
    kept = dict.fromkeys(
        k
        for k, ev in evidence.items()
        if sum(ev.values()) >= 1.5
        and "person" not in ev
        and "not-an-actor" not in ev
        and not _opening_word_only(k, ev, surfaces, mentions, body)
    )
    for k, phrase in surfaces.items():
        # 'LigaChem' after 'LigaChem Biosciences', 'Harbor Point' after 'Harbor Point Pharmaceuticals',
        # 'Kangyuan' after 'Suzhou Kangyuan Biopharma': the short form
        if "person" in evidence[k] or "suffix" in evidence[k] or phrase in _NOT_ORG:
            continue
        fulls = [
            f for f in kept if f != k and _short_form(phrase, surfaces[f], known="gazetteer" in evidence[f])
        ]
        # 'Aurentis' after 'Aurentis Bio' and its subsidiary 'Aurentis Bio US Inc.': the parent
        nested = [f for f in fulls if all(surfaces[g].startswith(surfaces[f] + " ") for g in fulls if g != f)]
        # 'JW' beside 'JW Pharmaceutical' (named throughout), 'JW Group' and 'JW Bridge Lab' (once each)
        counts = sorted((len(mentions[f]), f) for f in fulls)
        busiest = [counts[-1][1]] if len(counts) > 1 and counts[-1][0] >= max(3, 2 * counts[-2][0]) else []
        if len(fulls) == 1 or len(nested) == 1 or busiest:
            kept[k] = None
            aliases.append(((nested or busiest or fulls)[0], k))
    return _group(kept, aliases, surfaces, mentions, types, gazetteer)


def _local_government(phrase: str, body: str, start: int, gazetteer: Gazetteer) -> str | None:
    """'the Incheon city government': the city, by the name it is listed under ('Incheon Metropolitan
    City'), else '<place> City'."""
    level = _GOVERNMENT_AFTER.match(body, start + len(phrase))
    if not level or not level.group(1) or level.group(1).lower() not in _LEVEL_NAMES or " " in phrase:
        return None
    tries = [f"{phrase} {x}" for x in _LEVEL_NAMES[level.group(1).lower()]]
    return next((t for t in tries if gazetteer.lookup(t)), tries[0])


def _coordinated(evidence, surfaces, mentions, body) -> None:  # type: ignore[no-untyped-def]
    """'Frazier Life Sciences and OrbiMed took part': a one-word name written like a brand (two
    capitals), or two capitalised words ('Pentagen Diagnostics and Saerom Cell'), joined by 'and' to
    a name that is surely an organisation is one too."""
    strong = [surfaces[k] for k, ev in evidence.items() if {"suffix", "gazetteer"} & set(ev)]
    for k, ev in evidence.items():
        name = surfaces[k]
        words = name.split()
        if sum(ev.values()) >= 1.5 or len(words) > 2 or len(re.findall(r"[A-Z]", name)) < 2:
            continue
        if len(words) == 2 and not all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words):
            continue
        for m in mentions[k]:
            before = re.sub(r",?\s+(and|or)\s+$", "", body[max(0, m.start - 80) : m.start])
            after = re.match(r",?\s+(?:and|or)\s+([^,.;]+)", body[m.end : m.end + 80])
            if (before != body[max(0, m.start - 80) : m.start] and before.endswith(tuple(strong))) or (
                after and after.group(1).startswith(tuple(strong))
            ):
                ev["coordinated"] = 1.5
                break


def _opening_word_only(k, ev, surfaces, mentions, body) -> bool:  # type: ignore[no-untyped-def]
    """'Deal is the largest…': one capitalised word that only ever opens a sentence, with nothing but
    the verb after it for evidence, is an ordinary word."""
    if " " in surfaces[k] or set(ev) - {"context"}:
        return False
    if any(_ACTS.match(body, m.end) for m in mentions[k]):
        return False  # 'Pinotbio also said it had raised …': a company acting, whatever opens the sentence
    return all(
        m.start == 0 or re.search(r"(^|[.!?]\s*|\n)\s*$", body[max(0, m.start - 3) : m.start])
        for m in mentions[k]
    )


def _short_form(short: str, full: str, *, known: bool = False) -> bool:
    """The words of a company name before its suffix, or the first of them (a leading place dropped);
    for a name the gazetteer knows, its first word ('Boehringer' after 'Boehringer Ingelheim')."""
    words = full.split()
    if known and len(words) >= 2 and len(short) >= 5 and short.split() == words[: len(short.split())]:
        return short not in _NOT_ORG | _PLACES_EXTRA
    if len(words) < 2 or R.EN_SUFFIXES.get(words[-1].lower().strip(".,")) not in {
        "company",
        "cdmo",
        "investor",
    }:
        return False
    core = words[:-1]
    part = short.split()
    if part == core[: len(part)]:
        return True
    # 'Suzhou Kangyuan Biopharma' → 'Kangyuan': the name after a place
    return len(core) >= 2 and part == core[-len(part) :] and core[0] in _NOT_ORG | _PLACES_EXTRA


# Names that run on past a comma or a small word: 'Ministry of Trade, Industry and Energy',
# 'Gyeongbuk Institute for Bio Industry'.
# 'Ministry of Agriculture, Food and Rural Affairs': the last item may be two words
_MINISTRY_TAIL = re.compile(r"(?:,[ \t]+[A-Z][\w-]*)+,?[ \t]+and[ \t]+[A-Z][\w-]*(?:[ \t]+Affairs\b)?")
_AND_WORD_TAIL = re.compile(r"[ \t]+and[ \t]+[A-Z][a-z]+(?![\w-]|[ \t]+[A-Z])")
_IN_CITY = re.compile(r"[ \t]+in[ \t]+[A-Z][a-z]+")  # where a mission sits: 'Embassy of Denmark in Seoul'
_FOR_TAIL = re.compile(r"[ \t]+for(?:[ \t]+(?:the[ \t]+)?[A-Z][\w-]*)+")
# 'Committee on Foreign Investment in the United States (CFIUS)': a body named by its remit
_ON_TAIL = re.compile(
    r"[ \t]+on(?:[ \t]+(?:the[ \t]+)?[A-Z][\w-]*)+(?:[ \t]+in[ \t]+the[ \t]+United[ \t]+States)?"
)


# 'Frazier Life Sciences, OrbiMed and Vida Ventures': the last two items of a list of names
_LIST_BEFORE = re.compile(r"[A-Z][\w.&-]*(\s+[a-z][\w.&-]*)?,[ \t]+$")  # 'SK bioscience, A and B'


# 'the hospital's Cancer Center', 'its Clinical Trials Center': a unit of a body named before
_OWNED_BY = re.compile(
    r"\b(?:the[ \t]+(?:hospital|university|institute|company|firm|school|foundation|agency)['’]s|its)[ \t]+$"
)
_UNIT_END = re.compile(
    r"\b(?:Center|Centre|Institute|Lab|Laboratory|School|College|Division|Department|Unit)$"
)


def _phrases(body: str, listed: list[tuple[int, int]], gz: Gazetteer) -> list[tuple[str, int]]:
    out = []
    covered = 0
    for m in _PHRASE.finditer(body):
        if m.start() < covered:
            continue  # the tail of a name extended below
        phrase, start = _trim(m.group(), m.start())
        if not phrase or (_OWNED_BY.search(body, max(0, start - 40), start) and _UNIT_END.search(phrase)):
            continue  # 'a team at the hospital's Cancer Center': a unit of the body just named
        if " " not in phrase and re.search(_TITLED_PERSON + re.escape(phrase) + r"\b", body):
            continue  # 'Nielsen said' after 'Deputy Permanent Secretary Lars Holm Nielsen': a person
        if _NATIONAL_FIELD.fullmatch(phrase) and re.match(r"[ \t]+[a-z]", body[start + len(phrase) :]):
            continue  # 'Swiss ADC developer': what kind of firm the name after it is
        end = start + len(phrase)
        tail = None
        if phrase.startswith(("Ministry of", "Minister of")) and end == m.end():
            tail = _MINISTRY_TAIL.match(body, end)
        elif phrase.startswith(("Embassy of", "Consulate of", "Consulate General of")):
            tail = _IN_CITY.match(body, end)  # 'Embassy of Denmark in Seoul'
        elif phrase.split()[-1].lower() in _HEAD_WORDS:
            tail = _FOR_TAIL.match(body, end)
            if tail is None and phrase.split()[-1].lower() in {"committee", "commission"}:
                tail = _ON_TAIL.match(body, end)
        if tail:
            phrase, covered = phrase + tail.group(), tail.end()
        if (" for " in phrase or " of " in phrase) and (
            more := _AND_WORD_TAIL.match(body, start + len(phrase))
        ):
            # 'Daejeon Center for Creative Economy and Innovation': the name's last word after 'and'
            phrase, covered = phrase + more.group(), more.end()
        whole = phrase.split()[-1].lower() in R.EN_SUFFIXES or " of " in phrase
        if " and " in phrase and (
            any(a <= start < b for a, b in listed)
            or not whole
            or _known_part(phrase, gz)
            or _two_names(phrase)
            or _LIST_BEFORE.search(body, max(0, start - 40), start)
        ):
            # "Mediford and Genome Opinion", "Novartis and Seoul Bio Hub"; not "Ministry of X and Y"
            offset = 0
            for part in phrase.split(" and "):
                # 'Boston-based A and Tokyo-based B': each part opens like a phrase of its own
                out.append(_trim(part, start + offset) if offset else (part, start))
                offset += len(part) + len(" and ")
        else:
            out.append((phrase, start))
    return out


def _listed_spans(body: str) -> list[tuple[int, int]]:
    """'The selected companies are A, B, C and D.': the span after the list's introduction."""
    spans = []
    for m in re.finditer(r"[^.]*?(?:\b(?:are|were|include|included|including|such as)|--|—|–)\s*:?\s+", body):
        if _LIST_INTRO.search(m.group()):
            end = body.find(".", m.end())
            # 'The four companies -- A, B, C and D -- were chosen': the list ends at the second dash
            dash = re.search(r"\s(--|—|–)\s", body[m.end() : end if end != -1 else len(body)])
            end = m.end() + dash.start() if dash else end
            spans.append((m.end(), end if end != -1 else len(body)))
    return spans


def _trim(phrase: str, start: int) -> tuple[str, int]:
    phrase = phrase.rstrip(".,'’")
    for rx in (_LEADING_TITLE, _LEADING_COMMON):
        lead = rx.match(phrase)
        if lead:
            phrase, start = phrase[lead.end() :], start + lead.end()
            if (
                rx is _LEADING_TITLE
                and not lead.group().rstrip().endswith(" of")
                and _PERSON.fullmatch(phrase)
            ):
                return "", start  # 'led by CEO Laura Mitchell': a person, not 'Director of X'

    inner = _INNER_TITLE.search(phrase)
    if inner:
        phrase = phrase[: inner.start()]
    if phrase.startswith("Minister of "):
        phrase = _KOREAN_NAME_TAIL.sub("", phrase)
    for lead in ("The ", "the "):
        if phrase.startswith(lead):
            phrase, start = phrase[len(lead) :], start + len(lead)
    return phrase, start


def _score(
    phrase: str,
    body: str,
    start: int,
    ev: dict[str, float],
    types: dict[str, str | None],
    k: str,
    gazetteer: Gazetteer,
    *,
    span: int,
) -> None:
    entry = gazetteer.lookup(phrase)
    if entry and not entry.weak:
        ev["gazetteer"] = 3.0
        types.setdefault(k, entry.type)
    words = phrase.split()
    last = words[-1].lower().rstrip(".")
    if last == "park" and len(words) >= 3 and words[-2].lower() == "techno":
        last = "technopark"  # 'Chungnam Techno Park'
    if last in R.EN_SUFFIXES and len(words) >= 2:
        ev["suffix"] = 2.0
        types.setdefault(k, R.EN_SUFFIXES[last])
    head = next((w.lower() for w in words[1:-1] if w.lower() in _HEAD_WORDS), None)
    if len(words) >= 3 and words[1] in ("for", "of") and words[0].lower() in _HEAD_WORDS:
        head = words[0].lower()  # 'Coalition for Epidemic Preparedness Innovations', 'University of Bologna'
    # 'Korea Institute of Toxicology', 'Gyeongbuk Institute for Bio Industry'
    if head and "suffix" not in ev and (" of " in phrase or " for " in phrase):
        ev["suffix"] = 2.0
        types.setdefault(k, R.EN_SUFFIXES.get(head))
    if words[0].lower() == "ministry" and len(words) >= 3:
        ev["suffix"] = 2.0
        types.setdefault(k, "government")
    if _GOVERNMENT_AFTER.match(body, start + span) and words[-1] in _REGION_LEVELS:
        ev["suffix"] = 2.0  # 'the Gangwon State government': the province acting
        types.setdefault(k, "government")
    before = body[max(0, start - 30) : start]
    after = body[start + span : start + span + 80]
    distinctive = len(re.findall(r"[A-Z0-9]", phrase)) >= 2
    if _CTX_AFTER.match(after) or _CTX_BEFORE.search(before) or _ORG_THEN_TITLE.match(after):
        ev["context"] = max(ev.get("context", 0), 1.5 if distinctive or len(words) == 1 else 1.0)
    if re.match(r"^['’]s\s+(syndrome|disease|disorder)\b", after):
        ev["not-an-actor"] = 0.0  # "Sjogren's syndrome": a disease named after a person
    if re.search(r"\b(its|their)\s+$", before) and re.match(
        r"^\s+(manufacturing\s+|production\s+|research\s+)?(complex|plant|facility|campus|site|factory)\b",
        after,
    ):
        ev["not-an-actor"] = 0.0  # 'its L House manufacturing complex': a site of the company, not an actor
    if re.match(r"^,?\s+(?:Inc|Corp|Co|Ltd|LLC|GmbH|AG|PLC)\b", after):
        ev["corporate"] = 2.0
        types.setdefault(k, "company")
    # romanised Korean names never hold an all-capital word: 'ST Pharm said' is a company speaking
    initials = any(len(w) >= 2 and w.isupper() for w in words)
    if (
        len(words) in (2, 3)
        and "suffix" not in ev
        and "gazetteer" not in ev
        and not initials
        and words[-1] not in _REGION_LEVELS  # 'Gangwon State, said …'
        and not _ORG_THEN_TITLE.match(after)
        and _PERSON_HINT.match(after)
    ):
        ev["person"] = 1.0


def _group(kept, aliases, surfaces, mentions, types, gazetteer) -> list[Organization]:  # type: ignore[no-untyped-def]
    parent = {k: k for k in kept}
    for a, b in aliases:
        if a in kept and b in kept:
            parent[b] = a
    for k in kept:  # 'ST Pharm Co.' and 'ST Pharm': one company with and without its legal form
        short = re.sub(r"(co|inc|corp|ltd|llc|ag|plc|gmbh)\.?$", "", k)
        if short != k and short in kept and parent[short] == short and len(short) >= 3:
            parent[short] = k
    out = []
    for k in kept:
        if parent[k] != k:
            continue
        group = [x for x in kept if parent[x] == k]
        ms = sorted((m for g in group for m in mentions[g]), key=lambda m: m.start)
        entry = gazetteer.lookup(surfaces[k])
        canonical = entry.canonical_name if entry and entry.source in {"seed", "extra"} else surfaces[k]
        kind = next((types.get(g) for g in group if types.get(g)), None)
        out.append(Organization(surfaces[k], canonical, kind, ms, 0.0))
    return sorted(out, key=lambda o: o.mentions[0].start)


def _two_names(phrase: str) -> bool:
    """'Korea Investment Partners and LB Investment': each side ends in an organisation word."""
    left, _, right = phrase.partition(" and ")

    def named(p: str) -> bool:
        # 'Gangwon State and Chuncheon City': local governments are named by their level
        last = p.split()[-1].lower().rstrip(".")
        return len(p.split()) >= 2 and (
            last in R.EN_SUFFIXES or last in {"state", "city", "province", "county"}
        )

    # 'Export-Import Bank of Korea and Hana Bank': the left name may end in 'of <Place>'
    of_place = re.search(r"(\w+) of [A-Z]\w+$", left)
    left_named = (
        named(left) if " of " not in left else bool(of_place and of_place.group(1).lower() in R.EN_SUFFIXES)
    )
    return left_named and named(right)


def _known_part(phrase: str, gz: Gazetteer) -> bool:
    """'Novartis and Seoul Bio Hub': a listed name on either side of 'and' makes two organisations."""
    left, _, right = phrase.partition(" and ")
    return " of " not in left and any(
        (e := gz.lookup(part)) is not None and not e.weak for part in (left, right.split(" and ")[0])
    )
