"""`biobridge match rank` (contract 4) and its error contract: one line, exit code 2."""

from __future__ import annotations

import json
import sys
import types

import pytest

from biobridge.cli import main

PROFILES = [
    {
        "id": "o1",
        "name": "에이디씨바이오",
        "type": "startup",
        "country": "KR",
        "offering": "혈액암 항체-약물 접합체 후보물질",
        "seeking": "기술이전 파트너",
        "tags": {"offering": ["항체약물접합체"], "seeking": ["licensing partner"]},
    },
    {
        "id": "o7",
        "name": "Big Pharma",
        "country": "US",
        "offering": "We in-license oncology assets.",
        "org": "bp",
    },
    {"id": "o8", "name": "Big Pharma KR", "country": "KR", "offering": "Oncology in-licensing", "org": "bp"},
    {
        "id": "o9",
        "name": "Big Pharma JP",
        "country": "JP",
        "offering": "In-licensing of ADC assets",
        "org": "bp",
    },
    {"id": "o2", "offering": "dermatology cosmetics", "tags": {"offering": ["unknown label"]}},
]


def run(tmp_path, data, *args: str):
    src = tmp_path / "in.json"
    src.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out.json"
    code = main(["match", "rank", str(src), "-o", str(out), *args])
    return code, json.loads(out.read_text(encoding="utf-8"))


def test_rank_output_has_exactly_the_contract_keys(tmp_path):
    code, result = run(tmp_path, {"profiles": PROFILES, "queries": ["o1"]}, "--top", "10")
    assert code == 0
    assert list(result) == ["results"]
    assert list(result["results"]) == ["o1"]
    suggestions = result["results"]["o1"]
    assert suggestions[0]["id"] in {"o7", "o8", "o9"}
    for s in suggestions:
        assert set(s) == {"id", "score", "reasons"}
        assert isinstance(s["score"], float) and 0 <= s["score"] <= 1
        assert all(isinstance(r, str) for r in s["reasons"]) and s["reasons"]
        assert s["id"] != "o1"
    assert [s["id"] for s in suggestions].count("o7") + [s["id"] for s in suggestions].count("o8") + [
        s["id"] for s in suggestions
    ].count("o9") == 2  # org cap 2


def test_rank_reasons_in_korean(tmp_path):
    _, result = run(tmp_path, {"profiles": PROFILES, "queries": ["o1"]}, "--lang", "ko", "--top", "1")
    assert result["results"]["o1"][0]["reasons"][0].startswith("찾는 것: 라이선싱 파트너 ↔ 제공: ")


def test_rank_top_limits_and_exclude_extension(tmp_path):
    data = {"profiles": PROFILES, "queries": ["o1"], "exclude": [["o1", "o7"]]}
    _, result = run(tmp_path, data, "--top", "1")
    assert len(result["results"]["o1"]) == 1
    assert result["results"]["o1"][0]["id"] != "o7"


def test_rank_without_queries_ranks_everyone(tmp_path):
    _, result = run(tmp_path, {"profiles": PROFILES})
    assert list(result["results"]) == [p["id"] for p in PROFILES]


def test_rank_own_org_extension(tmp_path):
    data = {
        "profiles": [*PROFILES, {"id": "me", "org": "bp", "seeking": "ADC 기술도입 대상"}],
        "queries": ["me"],
    }
    _, result = run(tmp_path, data)
    assert {s["id"] for s in result["results"]["me"]}.isdisjoint({"o7", "o8", "o9"})


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{not json", "invalid JSON"),
        ({"profiles": PROFILES, "queries": ["nope"]}, "unknown query id: nope"),
        ({"profiles": [{"id": "a"}, {"id": "a"}]}, "duplicate profile id: a"),
        ({"profiles": [{"id": 5}]}, "id must be a non-empty string"),
        ({"profiles": [{"id": "a", "offering": ["x"]}]}, "offering must be a string"),
        ({"profiles": [{"id": "a", "tags": {"offering": "x"}}]}, "tags.offering must be a list of strings"),
        ({"profiles": "x"}, "'profiles' must be a list"),
        ([1, 2], "input must be a JSON object"),
        ({"profiles": [], "exclude": [["a"]]}, "'exclude' must be a list of [id, id] pairs"),
    ],
)
def test_rank_bad_input_exits_2_with_one_line(tmp_path, capsys, data, message):
    with pytest.raises(SystemExit) as exc:
        run(tmp_path, data)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert message in err


@pytest.mark.parametrize(
    "argv",
    [
        ["match", "rank"],
        ["match", "rank", "missing.json", "-o", "out.json"],
        ["match", "rank", "x.json", "-o", "o.json", "--top", "0"],
        ["match", "rank", "x.json", "-o", "o.json", "--lang", "fr"],
        ["match", "bench", "--n", "abc"],
    ],
)
def test_match_usage_errors_exit_2_with_one_line(tmp_path, capsys, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_match_org_without_database_module_is_one_line_error(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "biobridge.matching.db_cli", None)  # as if not installed
    with pytest.raises(SystemExit) as exc:
        main(["match", "ORG1", "--top", "10"])
    assert exc.value.code == 2
    assert capsys.readouterr().err == "database matching is not available\n"


def test_match_org_is_handed_to_the_database_module(monkeypatch):
    calls = []
    fake = types.ModuleType("biobridge.matching.db_cli")
    fake.main = lambda argv: calls.append(argv) or 0
    monkeypatch.setitem(sys.modules, "biobridge.matching.db_cli", fake)
    assert main(["match", "ORG1", "--top", "10"]) == 0
    assert calls == [["ORG1", "--top", "10"]]
