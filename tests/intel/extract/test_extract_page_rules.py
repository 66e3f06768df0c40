"""Page-structure rules found on the long blind sets (holdout7–8); each test uses a fresh page."""

from __future__ import annotations

from biobridge.intel.extract.boilerplate import find_page, is_meta

_NOTICE_PAGE = """자본시장뉴스
전체기사  딜  인베스트  헬스케어
헬스케어 > 바이오

한빛바이오, 美 로간테라와 항체 위탁생산 계약
후기 임상 물질 생산 일괄 수행
김하늘 기자  공개 2025-05-02 07:40:11
이 기사는 2025년 05월 02일 07시40분 자본시장뉴스에 표출된 기사입니다.
페이스북  트위터  카카오톡  링크복사  가  가

한빛바이오가 미국 바이오텍 로간테라의 후기 임상 물질 위탁생산 계약을 따냈다고 2일 밝혔다. 계약 기간은 3년이다.

회사는 이번 수주로 충북 오송 공장의 가동률이 오를 것으로 보고 있다고 설명했다. 생산은 내년 초 시작된다.

<저작권자 ⓒ 자본시장뉴스, 무단 전재 및 재배포 금지>
"""


def test_a_notice_about_the_article_is_no_lead_and_the_body_follows_the_share_buttons():
    page = find_page(_NOTICE_PAGE)
    body = [page.lines[i] for i in page.body]
    assert body[0].startswith("한빛바이오가 미국 바이오텍")
    assert len(body) == 2
    assert page.lines[page.title] == "한빛바이오, 美 로간테라와 항체 위탁생산 계약"


def test_notices_are_metadata_but_sentences_about_an_article_are_not():
    assert is_meta("<보도자료 제공: 한빛바이오 / 이 기사는 기업이 배포한 보도자료를 바탕으로 작성됐습니다>")
    assert not is_meta("이 회사는 지난해 기사에 나온 계약을 마무리했다고 밝혔다.")


def test_a_logo_in_capitals_is_not_the_title():
    page = find_page(
        "바이오헬스뉴스\nBIO HEALTH NEWS\n홈 > 보도자료\n\n"
        "㈜라모네, 대구 첨복재단과 비임상 협력 협약\n\n편집국\n공유  스크랩  인쇄\n\n"
        "심장 패치 기업 ㈜라모네(대표 정수아)는 대구경북첨단의료산업진흥재단과 "
        "비임상 협력 협약을 맺었다고 11일 밝혔다.\n"
    )
    assert page.lines[page.title] == "㈜라모네, 대구 첨복재단과 비임상 협력 협약"
