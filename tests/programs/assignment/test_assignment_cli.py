"""`biobridge review ...` through the real dispatcher: contract keys and one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from biobridge.cli import main

GOOD = {
    "reviewers": [{"id": "r1", "capacity": 8}, {"id": "r2", "capacity": 1}],
    "applications": [{"id": "a1", "reviews": 2}, {"id": "a7", "reviews": 3}],
    "affinity": [{"reviewer": "r1", "application": "a1", "score": 0.82}],
    "conflicts": [{"reviewer": "r2", "application": "a1"}],
}
EXPECTED = {
    "assignments": [
        {"reviewer": "r1", "application": "a1"},
        {"reviewer": "r1", "application": "a7"},
        {"reviewer": "r2", "application": "a7"},
    ],
    "total_affinity": 0.82,
    "short": ["a1", "a7"],
}


def _write(tmp_path: Path, payload, name: str = "instance.json") -> Path:
    path = tmp_path / name
    path.write_text(payload if isinstance(payload, str) else json.dumps(payload), encoding="utf-8")
    return path


def test_assign_round_trip_writes_exactly_the_contract(tmp_path):
    out = tmp_path / "out.json"
    assert main(["review", "assign", str(_write(tmp_path, GOOD)), "-o", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result == EXPECTED
    assert set(result) == {"assignments", "total_affinity", "short"}
    assert all(set(a) == {"reviewer", "application"} for a in result["assignments"])


def test_assign_without_output_writes_stdout(tmp_path, capsys):
    assert main(["review", "assign", str(_write(tmp_path, GOOD))]) == 0
    assert json.loads(capsys.readouterr().out) == EXPECTED


def test_assign_reads_stdin_with_dash(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(GOOD)))
    assert main(["review", "assign", "-"]) == 0
    assert json.loads(capsys.readouterr().out) == EXPECTED


def test_console_script_round_trip(tmp_path):
    script = Path(sys.executable).with_name("biobridge")
    out = tmp_path / "out.json"
    done = subprocess.run(
        [str(script), "review", "assign", str(_write(tmp_path, GOOD)), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(out.read_text(encoding="utf-8")) == EXPECTED


def test_console_script_bad_input_exits_2_with_one_line(tmp_path):
    script = Path(sys.executable).with_name("biobridge")
    done = subprocess.run(
        [str(script), "review", "assign", str(_write(tmp_path, "{oops")), "-o", str(tmp_path / "o.json")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1
    assert "not valid JSON" in done.stderr


def _bad(**changes):
    instance = json.loads(json.dumps(GOOD))
    instance.update(changes)
    return instance


MALFORMED = {
    "not JSON": ("{oops", "not valid JSON"),
    "empty file": ("", "not valid JSON"),
    "a list": ([], "instance must be a JSON object"),
    "no reviewers": ({"applications": []}, "missing key 'reviewers'"),
    "reviewers not a list": (_bad(reviewers={"r1": 8}), "'reviewers' must be a list"),
    "duplicate reviewer": (
        _bad(reviewers=[{"id": "r1", "capacity": 1}, {"id": "r1", "capacity": 2}]),
        "reviewers[1]: duplicate id 'r1'",
    ),
    "duplicate application": (
        _bad(applications=[{"id": "a1", "reviews": 1}, {"id": "a1", "reviews": 1}]),
        "applications[1]: duplicate id 'a1'",
    ),
    "reviewer without id": (_bad(reviewers=[{"capacity": 1}]), "reviewers[0]: missing 'id'"),
    "numeric id": (
        _bad(reviewers=[{"id": 7, "capacity": 1}]),
        "reviewers[0]: 'id' must be a non-empty string",
    ),
    "negative capacity": (_bad(reviewers=[{"id": "r1", "capacity": -1}]), "'capacity' must not be negative"),
    "fractional capacity": (_bad(reviewers=[{"id": "r1", "capacity": 2.5}]), "'capacity' must be an integer"),
    "absurd capacity": (
        _bad(reviewers=[{"id": "r1", "capacity": 10**20}]),
        "'capacity' must be at most 1,000,000",
    ),
    "boolean reviews": (_bad(applications=[{"id": "a1", "reviews": True}]), "'reviews' must be an integer"),
    "negative reviews": (_bad(applications=[{"id": "a1", "reviews": -3}]), "'reviews' must not be negative"),
    "unknown reviewer in affinity": (
        _bad(affinity=[{"reviewer": "rX", "application": "a1", "score": 1}]),
        "affinity[0]: unknown reviewer 'rX'",
    ),
    "unknown application in affinity": (
        _bad(affinity=[{"reviewer": "r1", "application": "aX", "score": 1}]),
        "affinity[0]: unknown application 'aX'",
    ),
    "unknown reviewer in conflicts": (
        _bad(conflicts=[{"reviewer": "rX", "application": "a1"}]),
        "conflicts[0]: unknown reviewer 'rX'",
    ),
    "unknown application in conflicts": (
        _bad(conflicts=[{"reviewer": "r1", "application": "aX"}]),
        "conflicts[0]: unknown application 'aX'",
    ),
    "text score": (
        _bad(affinity=[{"reviewer": "r1", "application": "a1", "score": "high"}]),
        "affinity[0]: 'score' must be a number, got 'high'",
    ),
    "missing score": (
        _bad(affinity=[{"reviewer": "r1", "application": "a1"}]),
        "affinity[0]: missing 'score'",
    ),
    "NaN score": (
        '{"reviewers": [{"id": "r1", "capacity": 1}], "applications": [{"id": "a1", "reviews": 1}], '
        '"affinity": [{"reviewer": "r1", "application": "a1", "score": NaN}]}',
        "affinity[0]: 'score' must be finite",
    ),
    "duplicate affinity pair": (
        _bad(affinity=[{"reviewer": "r1", "application": "a1", "score": 1}] * 2),
        "affinity[1]: duplicate pair",
    ),
    "conflict not an object": (_bad(conflicts=[["r1", "a1"]]), "conflicts[0] must be an object"),
}


@pytest.mark.parametrize("case", MALFORMED, ids=list(MALFORMED))
def test_malformed_instance_exits_2_with_one_line(case, tmp_path, capsys):
    payload, message = MALFORMED[case]
    out = tmp_path / "out.json"
    with pytest.raises(SystemExit) as exc:
        main(["review", "assign", str(_write(tmp_path, payload)), "-o", str(out)])
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert len(err.splitlines()) == 1
    assert message in err
    assert not out.exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["review"], "the following arguments are required"),
        (["review", "solve"], "invalid choice"),
        (["review", "assign"], "the following arguments are required: instance"),
        (["review", "assign", "/nonexistent/instance.json"], "cannot read"),
        (["review", "assign", "x.json", "--time-limit", "soon"], "must be a number of seconds"),
        (["review", "assign", "x.json", "--time-limit", "0"], "must be positive"),
        (["review", "bench", "--seed", "one"], "invalid int value"),
    ],
)
def test_bad_command_line_exits_2_with_one_line(argv, message, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert len(err.splitlines()) == 1
    assert message in err


def test_unwritable_output_exits_2_with_one_line(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["review", "assign", str(_write(tmp_path, GOOD)), "-o", str(tmp_path / "missing" / "out.json")])
    assert exc.value.code == 2
    assert len(capsys.readouterr().err.splitlines()) == 1
