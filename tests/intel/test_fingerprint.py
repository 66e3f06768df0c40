from biobridge.intel.fingerprint import fingerprint, normalise_body


def test_whitespace_punctuation_and_case_do_not_matter():
    assert fingerprint("셀트리온은 MOU를 체결했다.\n\n양사는  협력한다!") == fingerprint(
        "셀트리온은 mou를 체결했다 양사는 협력한다"
    )


def test_byline_email_and_dateline_are_ignored():
    assert (
        normalise_body("[서울=뉴시스] 셀트리온은 협약을 맺었다.\n홍길동 기자 hong@x.kr")
        == "셀트리온은협약을맺었다"
    )
    long_line = (
        "(서울=연합뉴스) 셀트리온은 시흥시, 한국바이오협회와 바이오 소부장 실증 지원을 위한 협약을 맺었다. "
        "문의는 a@b.co로 하면 된다."
    )
    assert (
        normalise_body(long_line)
        == "셀트리온은시흥시한국바이오협회와바이오소부장실증지원을위한협약을맺었다문의는하면된다"
    )


def test_long_prose_mentioning_a_reporter_is_kept():
    line = (
        "기자간담회에서 셀트리온은 향후 5년간 바이오시밀러 12종을 추가로 출시하겠다는 계획을 "
        "구체적으로 밝히며 투자 규모도 공개했다."
    )
    assert normalise_body(line).startswith("기자간담회에서셀트리온은")


def test_different_text_differs():
    assert fingerprint("셀트리온은 협약을 맺었다.") != fingerprint("셀트리온은 협약을 해지했다.")
