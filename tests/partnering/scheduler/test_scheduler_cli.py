"""`biobridge schedule ...` through the real dispatcher: contract keys and one-line errors."""

from __future__ import annotations

import copy
import json

import pytest
from schedcheck import check_schedule

from biobridge.cli import main

pytestmark = []

GOOD = {
    "name": "tiny",
    "source": "hand-made",
    "slots": [
        {
            "id": "d1-09:00",
            "start": "2026-06-16T09:00:00-04:00",
            "end": "2026-06-16T09:30:00-04:00",
            "session": "am",
        },
        {"id": "d1-09:30", "start": "2026-06-16T09:30:00-04:00", "end": "2026-06-16T10:00:00-04:00"},
        {"id": "d1-10:00", "start": "2026-06-16T10:00:00-04:00", "end": "2026-06-16T10:30:00-04:00"},
    ],
    "tables": 2,
    "participants": [
        {"id": "p1", "available": ["d1-09:00", "d1-09:30"]},
        {"id": "p2"},
        {"id": "p3"},
        {"id": "p4", "available": ["d1-10:00"]},
    ],
    "meetings": [
        {"id": "m1", "participants": ["p1", "p2"], "priority": 1.0},
        {"id": "m2", "participants": ["p2", "p3", "p4"]},
        {"id": "m3", "participants": ["p1", "p3"], "allowed": ["d1-09:00"]},
        {"id": "m4", "participants": ["p1", "p4"]},
    ],
}


def _run(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code)


def _solve(tmp_path, data, capsys) -> tuple[int, str]:
    src = tmp_path / "in.json"
    src.write_text(data if isinstance(data, str) else json.dumps(data))
    code = _run(["schedule", "solve", str(src), "-o", str(tmp_path / "out.json"), "--time-limit", "2"])
    return code, capsys.readouterr().err


def test_cli_solve_round_trip_contract_keys(tmp_path, capsys):
    code, err = _solve(tmp_path, GOOD, capsys)
    assert (code, err) == (0, "")
    out = json.loads((tmp_path / "out.json").read_text())
    check_schedule(GOOD, out)
    assert {a["meeting"] for a in out["assignments"]} == {"m1", "m2", "m3"}
    assert out["unscheduled"] == ["m4"]
    assert out["upper_bound"] == 3
    assert set(out["idle_gaps"]) == {"total", "worst_participant"}
    assert all(set(a) == {"meeting", "slot", "table"} for a in out["assignments"])


def _broken(change) -> dict:
    data = copy.deepcopy(GOOD)
    change(data)
    return data


MALFORMED = {
    "unknown participant": (
        _broken(lambda d: d["meetings"][0]["participants"].append("p999")),
        "meeting m1: unknown participant p999",
    ),
    "unknown slot in availability": (
        _broken(lambda d: d["participants"][0]["available"].append("x")),
        "participant p1: unknown slot x in available",
    ),
    "unknown slot in allowed": (
        _broken(lambda d: d["meetings"][2].update(allowed=["nope"])),
        "meeting m3: unknown slot nope in allowed",
    ),
    "negative tables": (_broken(lambda d: d.update(tables=-1)), "tables: negative tables -1"),
    "negative per-slot tables": (
        _broken(lambda d: d.update(tables={"d1-09:00": 1, "d1-09:30": -2, "d1-10:00": 1})),
        "tables[d1-09:30]: negative tables -2",
    ),
    "duplicate meeting id": (
        _broken(lambda d: d["meetings"].append(dict(d["meetings"][0]))),
        "meetings: duplicate id m1",
    ),
    "duplicate participant id": (
        _broken(lambda d: d["participants"].append({"id": "p2"})),
        "participants: duplicate id p2",
    ),
    "duplicate slot id": (
        _broken(lambda d: d["slots"].append(dict(d["slots"][0]))),
        "slots: duplicate id d1-09:00",
    ),
    "missing key": (_broken(lambda d: d.pop("meetings")), "instance: missing key 'meetings'"),
    "missing slot start": (
        _broken(lambda d: d["slots"][1].pop("start")),
        "slot d1-09:30: missing or non-string 'start'",
    ),
    "one participant": (
        _broken(lambda d: d["meetings"][0].update(participants=["p1"])),
        "meeting m1: needs at least 2 participants, got 1",
    ),
    "same participant twice": (
        _broken(lambda d: d["meetings"][0].update(participants=["p1", "p1"])),
        "meeting m1: participant listed twice",
    ),
    "not an object": ([1, 2], "instance: expected a JSON object"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_cli_malformed_instance_exits_2_with_one_line(tmp_path, capsys, case):
    data, message = MALFORMED[case]
    code, err = _solve(tmp_path, data, capsys)
    assert (code, err) == (2, message + "\n")
    assert not (tmp_path / "out.json").exists()


def test_cli_non_json_exits_2_with_one_line(tmp_path, capsys):
    code, err = _solve(tmp_path, "{not json", capsys)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith(f"{tmp_path / 'in.json'}: not valid JSON")


def test_cli_missing_file_and_bad_arguments_exit_2(tmp_path, capsys):
    assert _run(["schedule", "solve", str(tmp_path / "none.json"), "-o", str(tmp_path / "o.json")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert _run(["schedule", "solve", "x.json"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert _run(["schedule", "bench", "--sizes", "huge"]) == 2
    assert capsys.readouterr().err == "--sizes: unknown size 'huge' (small, a, b or PxMxDAYSxSLOTSxTABLES)\n"
