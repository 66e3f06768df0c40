"""Words, particles and sentences of an article body, with character offsets.

Particles are cut from the end of a word (셀트리온은 → 셀트리온) only when Kiwi agrees
that a particle starts there, or when what remains is a known name or ends in an
organisation suffix: Kiwi alone splits unknown names (삼성/바이오/로직/스와) and the string
alone would cut 보로노이 → 보로노.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from biobridge.common.korean import kiwi

_HANGUL = re.compile(r"[가-힣]")

WORD = re.compile(r"[^\s,，·・ㆍ•/()\[\]{}“”‘’\"'「」『』<>〈〉《》▲△■□○●◆◇▶►※…;:|?!①-⑳→~+=]+")
_PARTICLE_TEXT = (
    "으로부터 로부터 에서부터 에게서 으로서 으로써 에서는 에서도 "
    "에서의 에서만 과의 와의 과는 와는 과도 와도 이라는 라는 으로는 로는 "
    "이라고 라고 에서 에게 으로 로서 로써 부터 까지 이며 이고 "
    "이다 이었다 였다 입니다 하고 처럼 보다 에는 에도 의 은 "
    "는 이 가 을 를 와 과 에 도 로 만 께서 이나 나 측 "
    "등 간 이자 인 이란 란 대로 "
)
PARTICLES = sorted(_PARTICLE_TEXT.split(), key=len, reverse=True)
# not after an initial: '비브라운(B. Braun)', 'J. Craig Venter Institute'
_SENT_SPLIT = re.compile(
    r"(?<=[다요음함]\.)\s+|(?<=[다요]\.[”\"’'])\s+|(?<=[.!?])(?<![\s(][A-Z]\.)"
    # not 'Korea Venture Investment Corp. (KVIC)': a company form's stop before the short name
    r"(?:(?<!Corp\.)(?<!Inc\.)(?<!Ltd\.)(?<!Co\.)\s+(?=[A-Z가-힣“\"‘'(\[▲□○-])|\s+(?=[A-Z가-힣“\"‘'\[▲□○-]))|\n+|"
    # '세브란스병원과 공동 임상…동아에스티는 국내 판권 확보': a deck line's '…' joins two headlines
    r"(?<=[가-힣A-Za-z0-9)’'”])(…|\.{2,3})(?=[가-힣A-Za-z‘'“])"  # also '인터베스트 리드..아스트라제네카와'
)


@dataclass(frozen=True)
class Word:
    text: str  # the word as written (particles included)
    core: str  # particles removed
    start: int
    end: int  # end of the core
    particle: str


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


OOV_SCORE = -19.0  # Kiwi scores a word it does not know far below this; known words score above
# Words ending like this are verbs/adverbial forms: never a name, so Kiwi need not look at them.
VERBAL = re.compile(
    r"(다|며|고|서|면|지만|는데|도록|하여|해|했던|하는|되는|있는|없는|위한|통해|대해|따라|관련해|"
    r"하기|되기|이라며|라며|라고|고자|으나|는지|한다|된다|됐다|었다|았다|겠다|였다|이다|니다|하던|"
    r"함께|또한|특히|이어|한편|현재|최근|앞서|이미|다시|모두|가장|더욱|매우|이후|당시|이날)$"
)
_CACHE: dict[str, tuple[Tok, ...]] = {}
_CACHE_MAX = 50000


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    tag: str
    score: float


def clear_cache() -> None:
    _CACHE.clear()


def analyse_words(words: list[str]) -> dict[str, tuple[Tok, ...]]:
    """Kiwi's analysis of each distinct word, offsets relative to the word.

    Analysing words one by one (in one batch call) instead of whole sentences costs far
    less, and a process-wide cache makes frequent words free in a stream; names and
    particles are decided within the word anyway.
    """
    todo = sorted({w for w in words if w not in _CACHE})
    if todo:
        if len(_CACHE) > _CACHE_MAX:
            _CACHE.clear()
        for word, tokens in zip(todo, kiwi().tokenize(todo), strict=True):
            _CACHE[word] = tuple(Tok(t.start, t.start + t.len, t.tag, t.score) for t in tokens)
    return {w: _CACHE[w] for w in words}


def needs_kiwi(raw: str) -> bool:
    return len(raw) >= 2 and bool(_HANGUL.search(raw)) and not VERBAL.search(raw)


def split_words(text: str, known: Callable[[str], int], analysis: dict[str, tuple[Tok, ...]]) -> list[Word]:
    """Words of `text` with particles cut off.

    `known(core)` is 2 for a name we are sure of (seed, directory, suffix), 1 for a listed
    company name that is also an ordinary word-plus-particle (메카로 = 메카 + 로), else 0.
    A second pass uses the article's own clear cores: '루닛이' → '루닛' when '루닛은' occurs.
    """
    raw_words = [(m.group().rstrip("."), m.start()) for m in WORD.finditer(text)]
    particles = {
        offset + t.start
        for raw, offset in raw_words
        for t in analysis.get(raw, ())
        if t.tag.startswith(("J", "E")) or t.tag in {"VCP", "XSN"}
    }
    first = [strip_particle(raw, offset, particles, known, set()) for raw, offset in raw_words if raw]
    cores = {core for core, particle in first if particle and len(core) >= 2} | _stems(raw_words)
    words: list[Word] = []
    for raw, offset in raw_words:
        if not raw:
            continue
        if raw in cores or _before_list(text, offset + len(raw)):
            core, particle = _strip_listed(raw, offset, particles, known, cores)
        else:
            core, particle = strip_particle(raw, offset, particles, known, cores)
        words.append(Word(raw, core, offset, offset + len(core), particle))
    return words


def _stems(raw_words: list[tuple[str, int]]) -> set[str]:
    """Stems the article writes with two different endings ('오름테라퓨틱과', '오름테라퓨틱의',
    or bare '보로노이' next to '보로노이가'): the stem is a word of its own."""
    endings: dict[str, set[str]] = {}
    seen = {raw for raw, _ in raw_words if raw}
    for raw in seen:
        endings.setdefault(raw, set()).add("")
        for n in _PARTICLE_LENGTHS:
            if len(raw) > n + 1 and raw[-n:] in _PARTICLE_SET:
                endings.setdefault(raw[:-n], set()).add(raw[-n:])
    return {s for s, ends in endings.items() if len(ends) >= 2 and len(s) >= 3 and _HANGUL.search(s)}


# Right before a comma, '·' or '등' a name stands bare: a final 이/나/가 there belongs to the name
# ('보로노이, 큐리언트', '프로티나 등'), only topic and possessive endings can end such a word.
_LIST_AFTER = re.compile(r"[,·・ㆍ(]|\s+등(?![가-힣])")  # a word right before a bracket is bare too
_BEFORE_LIST_PARTICLES = frozenset({"은", "는", "에서는", "에는", "으로는", "로는", "에서"})


def _before_list(text: str, end: int) -> bool:
    return bool(_LIST_AFTER.match(text, end))


def _strip_listed(
    raw: str, offset: int, starts: set[int], known: Callable[[str], int], cores: set[str]
) -> tuple[str, str]:
    core, particle = strip_particle(raw, offset, starts, known, cores)
    if particle and (particle not in _BEFORE_LIST_PARTICLES or raw in cores) and known(core) < 2:
        return raw, ""
    return core, particle


_PARTICLE_SET = frozenset(PARTICLES)
_PARTICLE_LENGTHS = sorted({len(p) for p in PARTICLES}, reverse=True)


def strip_particle(
    raw: str, offset: int, starts: set[int], known: Callable[[str], int], cores: set[str]
) -> tuple[str, str]:
    level = known(raw)
    if level == 2:
        return raw, ""
    if raw.endswith("다") and len(raw) >= 4 and (known(raw[:-1]) == 2 or (level == 0 and raw[:-1] in cores)):
        # '새로 합류한 곳은 … 킹고투자파트너스다', '첫 투자처는 ㈜마린셀릭스다' beside '마린셀릭스는':
        # a name and the copula
        return raw[:-1], "다"
    for n in _PARTICLE_LENGTHS:
        p = raw[-n:]
        if p in _PARTICLE_SET and len(raw) > n + 1:
            rest = raw[:-n]
            # a long listed name before a particle Kiwi missed ('유바이오로직스와'): short ones stay
            # ambiguous (메카로 = 메카 + 로)
            listed = len(rest) >= 4 and known(rest) == 1
            if (offset + len(rest)) in starts or known(rest) == 2 or listed or (level == 0 and rest in cores):
                return rest, p
    if level == 0 and _glued_particle(raw):
        return raw[:-1], raw[-1]  # '메디옵틱스의 협력': Kiwi kept the 의 on a name it does not know
    return raw, ""


def final_consonant(syllable: str) -> int:
    """The final consonant (batchim) index of a Hangul syllable; 0 for none or for a non-Hangul character."""
    return (ord(syllable) - 0xAC00) % 28 if "가" <= syllable <= "힣" else 0


def particle_fits(word: str) -> bool:
    """Whether the word's last letter is a one-letter particle its syllable before calls for: 와/가/는/를
    after a vowel, 과/이/은/을 after a final consonant, 의 after either."""
    if len(word) < 2 or word[-1] not in "와과이가은는을를의" or not "가" <= word[-2] <= "힣":
        return False
    return word[-1] == "의" or (word[-1] in "와가는를") == (final_consonant(word[-2]) == 0)


def _glued_particle(raw: str) -> bool:
    """A particle that fits, on a long word Kiwi read whole; not 와/과 ('비뇨의학과', '연구결과' end on
    nouns) and not a noun that ends like one ('고객문의')."""
    if len(raw) >= 5 and raw.endswith("에") and "가" <= raw[-2] <= "힣" and raw[-2] not in "에세데레":
        return True  # '의료 AI 기업 오큘로닉스에 15억원 규모로 기술이전': a dative on an unknown name
    if len(raw) < 5 or raw[-1] in "와과" or not particle_fits(raw):
        return False
    return not raw.endswith(
        (*_NOUNS_ENDING_LIKE_PARTICLES, *_MORE_NOUNS_LIKE_PARTICLES, "들의", "들이", "들은", "들을")
    )


# nouns ending on a particle's letter after the right syllable: '고객문의', '전체길이'
_MORE_NOUNS_LIKE_PARTICLES = (
    "문의",
    "제의",
    "토의",
    "모의",
    "편의",
    "창의",
    "수의",
    "한의",
    "심의",
    "질의",
    "발의",
    "호의",
    "길이",
    "높이",
    "깊이",
    "넓이",
    "먹이",
    "놀이",
    "어린이",
)


_WRAPPED = re.compile(r"(\S+)\n(?=[가-힣'‘\"“(])")
_NOUNS_ENDING_LIKE_PARTICLES = {
    "논의",
    "회의",
    "합의",
    "협의",
    "결의",
    "건의",
    "주의",
    "동의",
    "의의",
    "강의",
    "정의",
}


def _unwrap(m: re.Match[str]) -> str:
    word = m.group(1)
    line = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.end(1)]
    wrapped = (
        word[-1] in "의을를이가은는로과와에고며서인한된,"
        # "'…' 참여기업 선정…CIC·제이랩스 파트너로": a deck line joins its points with '…', whole
        and not ("…" in line and len(line) <= 60)
        and len(word) >= 3
        and word not in _NOUNS_ENDING_LIKE_PARTICLES
        and not word.endswith(("키로", "기로"))  # '플랫폼 가동키로': a subtitle's '…하기로', not a wrap
        and not word.endswith("데이")  # '… 롯데바이오와 매칭데이': a subtitle ending on the day's event
    )
    return word + (" " if wrapped else "\n")


_LINE_END = re.compile(r"[.!?…\"”’')\]]\s*$")


def unwrap_hard_wrapped(text: str) -> str:
    """A body wrapped at a fixed width ('…▲리제노아(연골 재생\n세포치료제) ▲마이오펩…'): most long lines
    stop mid-sentence, so a line that does not end a sentence runs on into the next."""
    lines = text.split("\n")
    long = [x for x in lines if len(x) >= 25]
    open_ended = [x for x in long if not _LINE_END.search(x)]
    if len(open_ended) < 6 or 2 * len(open_ended) < len(long):
        return text
    out = [x + (" " if len(x) >= 25 and not _LINE_END.search(x) else "\n") for x in lines[:-1]]
    return "".join(out) + lines[-1]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets; a line ending mid-phrase ('…규모의\n전략적') is a hard wrap, not an end."""
    text = _WRAPPED.sub(_unwrap, unwrap_hard_wrapped(text))  # same length: offsets stay valid
    out: list[Sentence] = []
    pos = 0
    for m in _SENT_SPLIT.finditer(text):
        _add(out, text, pos, m.start())
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _add(out: list[Sentence], text: str, a: int, b: int) -> None:
    chunk = text[a:b]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        out.append(Sentence(stripped, a + lead, a + lead + len(stripped)))
