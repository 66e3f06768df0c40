"""`biobridge intel ...`: news extraction (files only) and its evaluation.

No Django import at module level: `extract` and `eval` work without a database. The
`ingest` subcommand (database) will be registered in SUBCOMMANDS by the ingestion code.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from biobridge.common.cliargs import CliError, Parser


def cmd_extract(argv: list[str]) -> int:
    parser = Parser(prog="biobridge intel extract", description="Extract articles from .txt/.html files.")
    parser.add_argument("paths", nargs="*", metavar="PATH")
    parser.add_argument(
        "--json", action="store_true", help="one JSON object a line (contract 3); the default"
    )
    parser.add_argument(
        "--extra",
        action="store_true",
        help="add extra keys (language, mention offsets, relation evidence) beyond the contract",
    )
    args = parser.parse_args(argv)
    if not args.paths:
        raise CliError(
            "biobridge intel extract: no paths given (usage: biobridge intel extract PATH... --json)"
        )
    from biobridge.intel.extract.api import ExtractError, Extractor

    extractor = Extractor()
    ok = 0
    out = sys.stdout
    for path in args.paths:
        try:
            article = extractor.extract_file(path, filename=path)
        except ExtractError as exc:
            row = {"file": path, "error": str(exc)}
            print(f"biobridge intel extract: {path}: {exc}", file=sys.stderr)
        else:
            row = article.contract_json(extra=args.extra)
            ok += 1
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        out.flush()
    return 0 if ok else 1


def cmd_eval(argv: list[str]) -> int:
    parser = Parser(
        prog="biobridge intel eval", description="Score extraction against a hand-labelled gold set."
    )
    parser.add_argument("gold", metavar="GOLD.json", nargs="+", help="one set, or several for a table")
    parser.add_argument("--verbose", "-v", action="store_true", help="list each article's misses")
    parser.add_argument("--json", action="store_true", help="print the metrics as one JSON object")
    args = parser.parse_args(argv)
    golds = [Path(g) for g in args.gold]
    for gold in golds:
        if not gold.is_file():
            raise CliError(f"biobridge intel eval: {gold}: no such file")
    from biobridge.intel.extract.evaluate import evaluate, format_report, format_table, load_gold, pooled

    if len(golds) == 1:
        report = evaluate(load_gold(golds[0]))
        print(
            json.dumps(report.metrics(), ensure_ascii=False)
            if args.json
            else format_report(report, verbose=args.verbose)
        )
        return 0
    # several sets (held-out sets side by side): one timing pass each, a line per set and the pooled figures
    named = [(gold.stem, evaluate(load_gold(gold), passes=1)) for gold in golds]
    if args.json:
        sets = {name: report.metrics() for name, report in named}
        print(
            json.dumps({"sets": sets, "pooled": pooled([r for _n, r in named]).metrics()}, ensure_ascii=False)
        )
        return 0
    print(format_table(named))
    if args.verbose:
        for name, report in named:
            print(f"\n== {name}\n" + format_report(report, verbose=True))
    return 0


# Subcommand name -> handler(argv) -> exit code. `ingest` (needs Django) is added here later,
# importing Django inside its handler only.
SUBCOMMANDS: dict[str, Callable[[list[str]], int]] = {
    "extract": cmd_extract,
    "eval": cmd_eval,
    "ingest": lambda argv: __import__("biobridge.intel.ingest_cli", fromlist=["main"]).main(argv),
}

USAGE = "usage: biobridge intel {" + ",".join(SUBCOMMANDS) + "} ..."


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help"}:
        print(USAGE)
        return 0 if argv else 2
    handler = SUBCOMMANDS.get(argv[0])
    if handler is None:
        raise CliError(f"biobridge intel: unknown subcommand {argv[0]!r} ({USAGE})")
    return handler(argv[1:])
