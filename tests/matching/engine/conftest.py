"""A small realistic directory, Korean-only, English-only and mixed, mostly untagged."""

from __future__ import annotations

import pytest

from biobridge.matching.engine import MatchIndex, Profile


def directory() -> list[Profile]:
    return [
        Profile(
            id="adc_kr",
            name="에이디씨테라퓨틱스",
            type="startup",
            country="KR",
            org="adc_co",
            offering_text="혈액암을 겨냥한 항체-약물 접합체(ADC) 신약 후보물질을 개발하고 있습니다.",
            seeking_text="글로벌 제약사로의 기술이전을 위한 라이선싱 파트너를 찾습니다.",
        ),
        Profile(
            id="pharma_en",
            name="Global Pharma Inc.",
            type="big_pharma",
            country="US",
            org="gp",
            offering_text="Our business development team in-licenses clinical-stage oncology assets.",
            seeking_text="Innovative antibody-drug conjugates and hematology programs.",
        ),
        Profile(
            id="derm_distributor",
            name="SkinCo",
            type="distributor",
            country="US",
            offering_text="Distribution of cosmetics and dermatology products in Europe.",
            seeking_text="Brands for our retail network.",
        ),
        Profile(
            id="vc_en",
            name="Seed Ventures",
            type="investor",
            country="US",
            offering_text="Seed and series A venture capital for digital health.",
            seeking_text="Digital therapeutics start-ups.",
        ),
        Profile(
            id="adc_rival",
            name="경쟁 ADC",
            type="startup",
            country="KR",
            offering_text="ADC 링커-페이로드 플랫폼을 보유한 항암 스타트업",
            seeking_text="라이선스 아웃 파트너 모색",
        ),
        Profile(
            id="bag_demand",
            name="송도바이오로직스",
            type="cdmo",
            country="KR",
            org="sdb",
            seeking_text="일회용 배양백(싱글유즈 백)의 국산화를 위해 국내 공급사를 찾습니다.",
            offering_text="항체 바이오의약품 위탁생산",
        ),
        Profile(
            id="bag_kr_1",
            name="한국백",
            type="supplier",
            country="KR",
            offering_text="바이오 공정용 싱글유즈 백 제조",
            seeking_text="수요기업 발굴",
        ),
        Profile(
            id="bag_kr_2",
            name="K-Bioprocess",
            type="supplier",
            country="KR",
            offering_text="We manufacture single-use bioprocess bags in Korea.",
            seeking_text="Customers among Korean CDMOs.",
        ),
        Profile(
            id="bag_us",
            name="US Bags",
            type="supplier",
            country="US",
            offering_text="Single-use bags and mixing bags for biomanufacturing.",
            seeking_text="Distributors in Asia.",
        ),
        Profile(
            id="filter_kr",
            name="필터코리아",
            type="supplier",
            country="KR",
            offering_text="멸균 필터와 뎁스필터 생산",
            seeking_text="수요기업",
        ),
        Profile(
            id="resin_kr",
            name="레진텍",
            type="supplier",
            country="KR",
            offering_text="단백질A 레진 국산화 제품",
            tags_offering=["chromatography resin"],
        ),
    ]


@pytest.fixture(scope="module")
def profiles() -> list[Profile]:
    return directory()


@pytest.fixture(scope="module")
def index(profiles: list[Profile]) -> MatchIndex:
    return MatchIndex.build(profiles)
