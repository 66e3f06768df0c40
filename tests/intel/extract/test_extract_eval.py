"""The gold set: quality targets hold (the guard against regressions) and the report prints them."""

from __future__ import annotations

import json
import re

import pytest

from biobridge.common.cliargs import CliError
from biobridge.intel import cli
from biobridge.intel.extract.evaluate import evaluate, load_gold


def test_gold_set_meets_quality_targets(gold_dir):
    gold = load_gold(gold_dir / "gold.json")
    assert len(gold) >= 20
    m = evaluate(gold, passes=1).metrics()
    assert m["organizations_f1"] >= 0.90
    assert m["relations_f1"] >= 0.75
    assert m["body_f1"] >= 0.95
    assert m["published_accuracy"] >= 0.95
    assert m["reporter_accuracy"] >= 0.95
    assert m["articles_per_second"] >= 5  # loose: the 20/s target is measured by `biobridge intel eval`


def test_eval_command_prints_metrics_and_misses(gold_dir, capsys):
    assert cli.main(["eval", str(gold_dir / "gold.json"), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "organisations  P=" in out and "articles/s" in out and "target relations_f1" in out
    assert re.search(r"\n\d{3}_\S+\.(txt|html)\n  (org|relation|body)", out)  # --verbose: misses per article


def test_every_labelled_set_is_well_formed(gold_dir):
    """Each gold and held-out file: body lines are lines of the article, parties are its organisations."""
    sets = [gold_dir / "gold.json", *sorted(gold_dir.glob("holdout*/holdout*.json"))]
    assert len(sets) >= 10
    for path in sets:
        for article, file in load_gold(path):
            text = " ".join(file.read_text(encoding="utf-8", errors="replace").split())
            names = {o["canonical"] for o in article["organizations"]}
            assert article["body_lines"], file.name
            for party in (p for r in article["relations"] for p in r["parties"]):
                assert party in names, (file.name, party)
            if file.suffix == ".txt":
                missing = [b for b in article["body_lines"] if " ".join(b.split()) not in text]
                assert not missing, (file.name, missing[:1])


def test_eval_of_several_sets_prints_a_line_per_set_and_pooled_counts(gold_dir, capsys):
    sets = [str(gold_dir / "gold.json"), str(gold_dir / "holdout" / "holdout.json")]
    assert cli.main(["eval", *sets]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^gold\s+21\s", out, re.M) and re.search(r"^holdout\s+5\s", out, re.M)
    assert re.search(r"^all \(pooled\)\s+26\s", out, re.M)
    assert cli.main(["eval", *sets, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["sets"]) == {"gold", "holdout"} and data["pooled"]["articles"] == 26
    # pooled relation F1 lies between the two sets' own figures
    f1s = sorted(m["relations_f1"] for m in data["sets"].values())
    assert f1s[0] <= data["pooled"]["relations_f1"] <= f1s[1]


def test_eval_refuses_a_missing_set(gold_dir):
    with pytest.raises(CliError, match=r"nope\.json: no such file"):
        cli.main(["eval", str(gold_dir / "gold.json"), str(gold_dir / "nope.json")])


def test_a_relation_party_is_identified_like_its_organisation():
    """A predicted organisation whose canonical is a fuller spelling than the gold's ('리가켐바이오사이언스'
    for '리가켐바이오') matches by its name; its relations must match the same way."""
    from biobridge.intel.extract.api import Article
    from biobridge.intel.extract.evaluate import Report, _score
    from biobridge.intel.extract.orgs import Organization
    from biobridge.intel.extract.relations import Relation

    gold = {
        "file": "x.txt",
        "title": None,
        "published": None,
        "reporter": None,
        "outlet": None,
        "body_lines": ["리가켐바이오는 오리온으로부터 투자를 받았다."],
        "organizations": [{"canonical": "리가켐바이오"}, {"canonical": "오리온"}],
        "relations": [{"type": "investment", "parties": ["리가켐바이오", "오리온"]}],
    }
    orgs = [
        Organization("리가켐바이오", "리가켐바이오사이언스", "company", [], 3.0),
        Organization("오리온", "오리온", "company", [], 3.0),
    ]
    rel = Relation("investment", ["리가켐바이오사이언스", "오리온"], None, None, "")
    article = Article(
        "x.txt", None, None, None, None, "리가켐바이오는 오리온으로부터 투자를 받았다.", "ko", orgs, [rel]
    )
    report = Report()
    misses = _score(report, gold, article)
    assert (report.orgs.tp, report.rels.tp, report.rels.fp) == (2, 1, 0), misses
