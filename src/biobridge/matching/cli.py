"""`biobridge match ...`: partner recommendations.

    biobridge match rank INPUT.json -o OUT.json [--top 10] [--lang en|ko] [--org-cap 2]
    biobridge match bench [--n 50000] [--seed 7] [--queries 300]
    biobridge match ORG --top 10        # from the database, via biobridge.matching.db_cli

`rank` and `bench` work on files alone (no Django, no database).
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from biobridge.common.cliargs import CliError, Parser

FILE_COMMANDS = {"rank", "bench"}


def main(argv: list[str]) -> int:
    if argv and argv[0] not in FILE_COMMANDS and argv[0] not in {"-h", "--help"}:
        return _database_match(argv)
    parser = Parser(prog="biobridge match", description="Partner recommendations.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    rank = sub.add_parser("rank", help="rank partners for the queries of a contract-4 JSON file")
    rank.add_argument("input", help="input JSON (profiles, queries)")
    rank.add_argument("-o", "--output", required=True, help="output JSON ('-' for stdout)")
    rank.add_argument("--top", type=_positive, default=10, help="suggestions per query (default 10)")
    rank.add_argument("--lang", choices=("en", "ko"), default="en", help="language of the reasons")
    rank.add_argument("--org-cap", type=_positive, default=2, help="at most this many per organisation")
    bench = sub.add_parser("bench", help="synthetic-directory benchmark against a TF-IDF baseline")
    bench.add_argument("--n", type=_positive, default=50_000, help="organisations (default 50000)")
    bench.add_argument("--seed", type=int, default=7)
    bench.add_argument("--queries", type=_positive, default=300, help="quality queries (default 300)")
    bench.add_argument("--latency-queries", type=_positive, default=200)
    bench.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)
    if args.command == "rank":
        return _rank(args)
    from biobridge.matching.engine.bench import run_bench

    return run_bench(
        n=args.n,
        seed=args.seed,
        queries=args.queries,
        latency_queries=args.latency_queries,
        as_json=args.json,
    )


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise CliError(f"not a positive integer: {value}") from None
    if number < 1:
        raise CliError(f"not a positive integer: {value}")
    return number


def _rank(args) -> int:
    from biobridge.matching.engine.contract import ContractError, parse_rank_input, rank_output
    from biobridge.matching.engine.index import MatchIndex

    try:
        text = sys.stdin.read() if args.input == "-" else Path(args.input).read_text(encoding="utf-8-sig")
        data = json.loads(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read {args.input}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise CliError(f"{args.input}: invalid JSON: {exc}") from None
    try:
        request = parse_rank_input(data)
    except ContractError as exc:
        raise CliError(f"{args.input}: {exc}") from None
    index = MatchIndex.build(request.profiles)
    results = {
        q: index.recommend(
            q, top=args.top, lang=args.lang, exclude_ids=request.exclude.get(q, ()), org_cap=args.org_cap
        )
        for q in request.queries
    }
    payload = json.dumps(rank_output(results), ensure_ascii=False, indent=2)
    if args.output == "-":
        print(payload)
    else:
        try:
            Path(args.output).write_text(payload + "\n", encoding="utf-8")
        except OSError as exc:
            raise CliError(f"cannot write {args.output}: {exc}") from None
    return 0


def _database_match(argv: list[str]) -> int:
    # HOOK: `biobridge match ORG --top 10` ranks an organisation from the database. The
    # Django side (module biobridge.matching.db_cli with `main(argv) -> int`) is wired by
    # the matching-app owner; this file stays database-free.
    try:
        module = importlib.import_module("biobridge.matching.db_cli")
    except ModuleNotFoundError as exc:
        if exc.name in {"biobridge.matching.db_cli", "biobridge.matching"}:
            raise CliError("database matching is not available") from None
        raise
    return int(module.main(argv) or 0)
