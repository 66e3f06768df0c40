"""Score the extractor against a hand-labelled gold set (`biobridge intel eval GOLD.json`).

Gold format: {"articles": [{"file", "title", "published", "reporter", "outlet", "body_lines": [...],
"organizations": [{"canonical", "aliases"?, "type", "optional"?}], "relations": [{"type", "parties",
"date", "amount"}]}]}, files relative to the JSON. A predicted organisation matches a gold one when
its name or canonical equals the gold canonical or an alias (space/case-insensitive); several
predictions matching one gold organisation count once. Optional organisations are neither
required nor penalised and are dropped from relation party sets on both sides. Relations match on
(type, set of parties).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from biobridge.intel.extract.api import Article, ExtractError, Extractor
from biobridge.intel.extract.gazetteer import key
from biobridge.intel.extract.text import clear_cache

TARGETS = {
    "organizations_f1": 0.90,
    "relations_f1": 0.75,
    "body_f1": 0.95,
    "published_accuracy": 0.95,
    "reporter_accuracy": 0.95,
    "articles_per_second": 20.0,
}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(self.f1, 4)}


@dataclass
class Report:
    orgs: Counts = field(default_factory=Counts)
    rels: Counts = field(default_factory=Counts)
    body: Counts = field(default_factory=Counts)
    exact: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    amounts: Counter[str] = field(default_factory=Counter)
    articles: int = 0
    seconds: float = 0.0  # CPU seconds per pass
    wall_seconds: float = 0.0
    misses: list[tuple[str, list[str]]] = field(default_factory=list)

    def metrics(self) -> dict[str, Any]:
        n = max(self.articles, 1)
        return {
            "articles": self.articles,
            "organizations": self.orgs.as_dict(),
            "organizations_f1": round(self.orgs.f1, 4),
            "relations": self.rels.as_dict(),
            "relations_f1": round(self.rels.f1, 4),
            "body": self.body.as_dict(),
            "body_f1": round(self.body.f1, 4),
            **{
                f"{k}_accuracy": round(self.exact[k] / n, 4)
                for k in ("title", "published", "reporter", "outlet")
            },
            "org_type_accuracy": round(self.types["ok"] / max(self.types["all"], 1), 4),
            "amount_accuracy": round(self.amounts["ok"] / max(self.amounts["all"], 1), 4),
            "articles_per_second": round(self.articles / self.seconds, 1) if self.seconds else None,
            "articles_per_second_wall": round(self.articles / self.wall_seconds, 1)
            if self.wall_seconds
            else None,
        }


def load_gold(path: Path) -> list[tuple[dict[str, Any], Path]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [(a, (path.parent / a["file"]).resolve()) for a in data["articles"]]


def evaluate(gold: list[tuple[dict[str, Any], Path]], *, passes: int = 3) -> Report:
    extractor = Extractor()
    report = Report()
    if gold:  # load Kiwi and the gazetteer before timing
        _extract(extractor, gold[0][1])
    results = [_extract(extractor, path) for _, path in gold]
    cpu = wall = 0.0
    for _ in range(passes):
        clear_cache()  # a cold word cache each pass: repeated passes must not look faster than one
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        for _, path in gold:
            _extract(extractor, path)
        cpu += time.process_time() - start_cpu
        wall += time.perf_counter() - start_wall
    # CPU time of this process = time on one core, whatever else the machine is running.
    report.seconds, report.wall_seconds = cpu / passes, wall / passes
    for (g, _path), article in zip(gold, results, strict=True):
        report.articles += 1
        report.misses.append((g["file"], _score(report, g, article)))
    return report


def _extract(extractor: Extractor, path: Path) -> Article | None:
    try:
        return extractor.extract_file(path, filename=path.name)
    except ExtractError:
        return None


def _score(report: Report, g: dict[str, Any], a: Article | None) -> list[str]:
    misses: list[str] = []
    if a is None:
        a = Article(g["file"], None, None, None, None, "", "ko")
        misses.append("extraction failed")
    for fld in ("title", "published", "reporter", "outlet"):
        if getattr(a, fld) == g.get(fld):
            report.exact[fld] += 1
        else:
            misses.append(f"{fld}: got {getattr(a, fld)!r}, want {g.get(fld)!r}")
    misses += _score_body(report, g["body_lines"], a.body_lines)
    alias = _alias_table(g)
    misses += _score_orgs(report, g, a, alias)
    misses += _score_relations(report, g, a, alias)
    return misses


def _norm_line(line: str) -> str:
    return " ".join(line.split())


def _score_body(report: Report, gold_lines: list[str], lines: list[str]) -> list[str]:
    want, got = Counter(map(_norm_line, gold_lines)), Counter(map(_norm_line, lines))
    tp = sum((want & got).values())
    report.body.add(tp, sum(got.values()) - tp, sum(want.values()) - tp)
    out = [f"body missing: {x[:60]}" for x in (want - got)]
    return out + [f"body extra: {x[:60]}" for x in (got - want)]


def _alias_table(g: dict[str, Any]) -> dict[str, tuple[str, bool]]:
    table: dict[str, tuple[str, bool]] = {}
    for o in g["organizations"]:
        for name in [o["canonical"], *o.get("aliases", [])]:
            table.setdefault(key(name), (o["canonical"], bool(o.get("optional"))))
    return table


def _score_orgs(
    report: Report, g: dict[str, Any], a: Article, alias: dict[str, tuple[str, bool]]
) -> list[str]:
    required = {o["canonical"]: o for o in g["organizations"] if not o.get("optional")}
    found: set[str] = set()
    extra: list[str] = []
    for org in a.organizations:
        hit = alias.get(key(org.canonical)) or alias.get(key(org.name))
        if hit is None:
            extra.append(org.canonical)
        elif not hit[1]:
            if hit[0] not in found and required[hit[0]].get("type"):
                report.types["all"] += 1
                report.types["ok"] += org.type == required[hit[0]]["type"]
            found.add(hit[0])
    missing = [c for c in required if c not in found]
    report.orgs.add(len(found), len(extra), len(missing))
    return [f"org missing: {m}" for m in missing] + [f"org extra: {e}" for e in extra]


def _rel_key(kind: str, parties: list[str], alias: dict[str, tuple[str, bool]]) -> tuple[str, frozenset[str]]:
    mapped = set()
    for p in parties:
        canonical, optional = alias.get(key(p), (p, False))
        if not optional:
            mapped.add(canonical)
    return kind, frozenset(mapped)


def _score_relations(
    report: Report, g: dict[str, Any], a: Article, alias: dict[str, tuple[str, bool]]
) -> list[str]:
    want = {_rel_key(r["type"], r["parties"], alias): r for r in g["relations"]}
    # a predicted party is the organisation _score_orgs matched: by its canonical or by its name
    # ('리가켐바이오사이언스' whose text says '리가켐바이오'), so both scores identify it the same way
    seen = {
        key(o.canonical): hit
        for o in a.organizations
        if (hit := alias.get(key(o.canonical)) or alias.get(key(o.name)))
    }
    table = {**alias, **seen}
    got: dict[tuple[str, frozenset[str]], Any] = {}
    for r in a.relations:
        k = _rel_key(r.type, r.parties, table)
        if k[1]:  # a relation whose only parties are optional organisations is neither right nor wrong
            got.setdefault(k, r)
    tp = set(want) & set(got)
    report.rels.add(len(tp), len(set(got) - tp), len(set(want) - tp))
    for k in tp:
        if want[k].get("amount"):
            report.amounts["all"] += 1
            amount = got[k].amount
            report.amounts["ok"] += bool(amount and amount.as_json() == want[k]["amount"])
    out = [f"relation missing: {k[0]} {sorted(k[1])}" for k in set(want) - tp]
    return out + [f"relation extra: {k[0]} {sorted(k[1])}" for k in set(got) - tp]


def pooled(reports: list[Report]) -> Report:
    """One report over several sets: counts added, so each relation weighs the same wherever it is."""
    total = Report()
    for r in reports:
        for name in ("orgs", "rels", "body"):
            c = getattr(r, name)
            getattr(total, name).add(c.tp, c.fp, c.fn)
        total.exact.update(r.exact)
        total.types.update(r.types)
        total.amounts.update(r.amounts)
        total.articles += r.articles
        total.seconds += r.seconds
        total.wall_seconds += r.wall_seconds
    return total


def format_table(named: list[tuple[str, Report]]) -> str:
    """A line per set and a pooled line: 'biobridge intel eval A.json B.json …'."""
    rows = [*named, ("all (pooled)", pooled([r for _n, r in named]))]
    width = max(len(n) for n, _r in rows)
    lines = [f"{'set':<{width}}  articles  org F1  rel F1  body F1  published  reporter  articles/s"]
    for name, report in rows:
        m = report.metrics()
        lines.append(
            f"{name:<{width}}  {m['articles']:>8}  {m['organizations_f1']:.3f}   {m['relations_f1']:.3f}   "
            f"{m['body_f1']:.3f}    {m['published_accuracy']:.3f}      {m['reporter_accuracy']:.3f}     "
            f"{m['articles_per_second']}"
        )
    return "\n".join(lines)


def format_report(report: Report, *, verbose: bool = False) -> str:
    m = report.metrics()
    lines = [f"articles: {m['articles']}"]
    for name, label in (
        ("organizations", "organisations"),
        ("relations", "relations"),
        ("body", "body lines"),
    ):
        d = m[name]
        lines.append(f"{label:<14} P={d['precision']:.3f} R={d['recall']:.3f} F1={d['f1']:.3f}")
    for fld in ("title", "published", "reporter", "outlet"):
        lines.append(f"{fld + ' exact':<14} {m[fld + '_accuracy']:.3f}")
    lines.append(f"{'org type':<14} {m['org_type_accuracy']:.3f} (of matched organisations)")
    lines.append(f"{'amount':<14} {m['amount_accuracy']:.3f} (of matched relations with an amount)")
    lines.append(
        f"{'speed':<14} {m['articles_per_second']} articles/s of CPU time on one core, analyser loaded "
        f"({m['articles_per_second_wall']}/s wall clock)"
    )
    for metric, target in TARGETS.items():
        value = m[metric]
        ok = value is not None and value >= target
        lines.append(f"target {metric} >= {target}: {'PASS' if ok else 'MISS'} ({value})")
    if verbose:
        for file, misses in report.misses:
            if misses:
                lines.append(f"\n{file}")
                lines.extend(f"  {x}" for x in misses)
    return "\n".join(lines)
