"""Text analysis and the Korean↔English bridge.

Free text (Korean, English or mixed) becomes a list of *concept tokens*:

* a taxonomy term found in the text (by any name or synonym, either language) becomes
  ``t:<key>`` — this is what lets "항체-약물 접합체" and "antibody–drug conjugate" meet;
* a general domain word from the bilingual word list (`data/bio_lexicon.tsv`) becomes
  ``c:<concept>`` ("임상" and "clinical" both become ``c:clinical``);
* anything else stays as its morpheme / lower-cased word, so names and rare words still
  count when both sides use the same language.

Detection works on the analyser's token stream, not on raw strings: every label is
analysed with the same `biobridge.common.korean.terms` and matched as a token n-gram
(longest first), so Korean particles and spacing do not matter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from biobridge.common.korean import has_hangul, nfc, terms, terms_batch
from biobridge.directory.taxonomy_data import Taxonomy, load_taxonomy, normalize_label

LEXICON_FILE = Path(__file__).with_name("data") / "bio_lexicon.tsv"
TERM_PREFIX = "t:"
CONCEPT_PREFIX = "c:"

# Function words that survive morpheme filtering but carry no matching signal. They are
# dropped only *after* phrase detection, so "in-licensing" still matches as a phrase.
_STOP_TEXT = """
    a an the and or of for to in on at by with from as is are be we our us you your their they it its
    this that these those into via per based focus focused focusing looking seek seeking offer offering
    provide providing provides want wants able can will also more most all any other such etc inc ltd co
    있 하 되 위하 등 및 것 수 통하 대하 같 이 그 저 우리 당사 분야 관련 중 내 를 을 찾 원하 희망 보유
    제공 가능 주 년 월 일 명 개 곳 바 때 더 해 들 받 위 갖추 이루 만들 나서 가지 말하 밝히"""
STOPWORDS = frozenset(_STOP_TEXT.split())
_MAX_N = 6
# Labels too ambiguous to detect in running text ("수지" is resin, but also 무역수지, a name);
# they still resolve when given explicitly as tags.
DETECT_SKIP = frozenset({"수지", "소재", "media", "sub", "io", "pat", "bag", "capital"})


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    """Light English plural folding so "bioreactors" meets "bioreactor"."""
    if len(word) > 4 and word.isascii() and word.isalpha():
        if word.endswith("ies"):
            return word[:-3] + "y"
        if word.endswith("s") and not word.endswith(("ss", "us", "is")):
            return word[:-1]
    return word


def normalize_tokens(raw: Iterable[str]) -> list[str]:
    """Split hyphenated Latin words and fold plurals ("single-use" -> single, use)."""
    out: list[str] = []
    for token in raw:
        out.extend(_normalize_token(token))
    return out


@lru_cache(maxsize=200_000)
def _normalize_token(token: str) -> tuple[str, ...]:
    if token.isascii() and ("-" in token or "." in token):
        return tuple(_stem(p) for p in re.split(r"[-.]", token) if p)
    return (_stem(token),)


@dataclass(frozen=True)
class Analysis:
    """One text, analysed: concept tokens (for text relevance) and taxonomy keys found."""

    tokens: tuple[str, ...]
    term_keys: tuple[str, ...]


class Bridge:
    """Finds taxonomy terms and bilingual concepts in token streams."""

    def __init__(self, taxonomy: Taxonomy | None = None, lexicon_file: Path = LEXICON_FILE) -> None:
        self.taxonomy = taxonomy or load_taxonomy()
        self.concept_names: dict[str, tuple[str, str]] = {}  # concept id -> (ko, en) for reasons
        # joined form of a phrase (its normalised tokens concatenated) -> concept id. Joining
        # makes detection independent of how Kiwi happens to split a compound in context
        # ("혈액암" is one morpheme alone but 혈액+암 inside a sentence).
        self.phrases: dict[str, str] = {}
        self._load(lexicon_file)

    def _load(self, lexicon_file: Path) -> None:
        labels: list[str] = []
        owners: list[str] = []
        # Taxonomy labels first: on a clash the specific term beats the general word.
        for term in self.taxonomy.terms.values():
            for label in term.labels:
                if label.casefold() in DETECT_SKIP:
                    continue
                labels.append(label.replace("_", " "))
                owners.append(TERM_PREFIX + term.key)
        for line in lexicon_file.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            concept, ko, en = line.split("\t")
            cid = CONCEPT_PREFIX + concept
            ko_forms, en_forms = ko.split(";"), en.split(";")
            self.concept_names[cid] = (ko_forms[0], en_forms[0])
            for form in ko_forms + en_forms:
                labels.append(form)
                owners.append(cid)
        for owner, label, toks in zip(owners, labels, terms_batch(labels), strict=True):
            parts = normalize_tokens(toks)
            surface = "".join(normalize_tokens(normalize_label(label).split()))
            joined = "".join(parts)
            # Analysis can drop a syllable ("전임상" -> 임상, "세포배양기" -> 세포+배양); such
            # a lossy key would steal a shorter word, so Korean keys must spell the label.
            lossy = has_hangul(surface) and joined != surface
            if parts and len(parts) <= _MAX_N and not lossy:
                self.phrases.setdefault(joined, owner)
            if surface and has_hangul(surface):
                self.phrases.setdefault(surface, owner)
        # every character prefix of a phrase: lets the matcher stop extending early
        self._prefixes = {key[:i] for key in self.phrases for i in range(1, len(key) + 1)}
        self._surface_owner, self._surface_re = _surface_matcher(self.taxonomy)

    def convert(self, raw_tokens: Sequence[str]) -> Analysis:
        """Replace detected phrases by concept ids (longest match first)."""
        toks = normalize_tokens(raw_tokens)
        phrases, prefixes = self.phrases, self._prefixes
        out: list[str] = []
        found: list[str] = []
        i, n = 0, len(toks)
        while i < n:
            best, best_end, joined = None, i, ""
            for j in range(i, min(n, i + _MAX_N)):
                joined += toks[j]
                if joined not in prefixes:
                    break
                owner = phrases.get(joined)
                if owner is not None:
                    best, best_end = owner, j + 1
            if best is not None:
                out.append(best)
                if best.startswith(TERM_PREFIX):
                    found.append(best[len(TERM_PREFIX) :])
                i = best_end
                continue
            token = toks[i]
            if (token not in STOPWORDS and len(token) > 1) or _is_meaningful_single(token):
                out.append(token)
            i += 1
        return Analysis(tokens=tuple(out), term_keys=tuple(dict.fromkeys(found)))

    def surface_terms(self, text: str) -> list[str]:
        """Long Korean labels found verbatim in the text. Kiwi sometimes splits an unknown
        loanword differently in context ("마이크로바이옴" -> 마이크로+바이오), which the
        morpheme matcher then misses; long labels are specific enough to match as strings."""
        if not has_hangul(text):
            return []
        squeezed = _SPACES.sub("", nfc(text).casefold())
        return [self._surface_owner[m.group(0)] for m in self._surface_re.finditer(squeezed)]

    def _with_surface(self, text: str, analysis: Analysis) -> Analysis:
        extra = [k for k in self.surface_terms(text) if k not in analysis.term_keys]
        if not extra:
            return analysis
        extra = list(dict.fromkeys(extra))
        return Analysis(
            tokens=analysis.tokens + tuple(TERM_PREFIX + k for k in extra),
            term_keys=analysis.term_keys + tuple(extra),
        )

    def analyse(self, text: str) -> Analysis:
        return self._with_surface(text or "", self.convert(terms(text or "")))

    def analyse_batch(self, texts: Sequence[str]) -> list[Analysis]:
        """Analyse many texts; empty and repeated texts (boilerplate) are analysed once."""
        unique = list(dict.fromkeys((t or "").strip() for t in texts))
        todo = [t for t in unique if t]
        analysed = zip(todo, terms_batch(todo), strict=True)
        done = {t: self._with_surface(t, self.convert(toks)) for t, toks in analysed}
        done[""] = Analysis(tokens=(), term_keys=())
        return [done[(t or "").strip()] for t in texts]

    def display(self, token: str, lang: str) -> str:
        """Human-readable form of a concept token in the viewer's language."""
        if token.startswith(TERM_PREFIX):
            term = self.taxonomy.terms.get(token[len(TERM_PREFIX) :])
            return in_sentence(term.name(lang)) if term else token
        if token in self.concept_names:
            ko, en = self.concept_names[token]
            return ko if lang == "ko" else en
        return token


def in_sentence(name: str) -> str:
    """A term name as it reads mid-sentence: "Licensing partner" -> "licensing partner",
    while acronyms and names stay ("CDMO manufacturing", "mRNA", "Alzheimer's disease")."""
    head = name.split(" ", 1)[0]
    if len(head) > 1 and head[0].isupper() and head[1:].islower() and "'" not in head:
        return name[0].lower() + name[1:]
    return name


def _is_meaningful_single(token: str) -> bool:
    """Single-character Korean nouns like 암/간 are kept unless they are stopwords."""
    return len(token) == 1 and not token.isascii() and token not in STOPWORDS


_SPACES = re.compile(r"[\s\-‐‑–—_·・/]+")
SURFACE_MIN_CHARS = 4


def _surface_matcher(taxonomy: Taxonomy) -> tuple[dict[str, str], re.Pattern[str]]:
    """Label -> term key for long Korean labels, and one trie-shaped regex finding them."""
    owner: dict[str, str] = {}
    for term in taxonomy.terms.values():
        for label in (term.ko, *term.synonyms):
            squeezed = _SPACES.sub("", nfc(label).casefold())
            if has_hangul(squeezed) and len(squeezed) >= SURFACE_MIN_CHARS:
                owner.setdefault(squeezed, term.key)
    if not owner:
        return owner, re.compile(r"(?!x)x")
    return owner, re.compile(_trie_regex(sorted(owner)))


def _trie_regex(words: list[str]) -> str:
    """A regex alternation shaped as a trie (longest match first), fast for many literals."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


@lru_cache(maxsize=1)
def default_bridge() -> Bridge:
    """The process-wide bridge over the packaged taxonomy and word list."""
    return Bridge()
