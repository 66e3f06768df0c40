"""`biobridge review assign|bench`: reviewer assignment on files alone (contract 2)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from biobridge.common.cliargs import CliError, Parser
from biobridge.programs.assignment.model import InstanceError, parse_instance, result_to_json
from biobridge.programs.assignment.solve import assign


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.command == "bench":
        from biobridge.programs.assignment.bench import run_bench

        print(
            run_bench(
                seed=args.seed,
                applications=args.applications,
                reviewers=args.reviewers,
                time_limit=args.time_limit,
            )
        )
        return 0
    return _assign(args.instance, args.output, args.time_limit)


def _parser() -> Parser:
    parser = Parser(prog="biobridge review", description="Reviewer assignment (files only).")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    solve = sub.add_parser("assign", help="assign reviewers to applications optimally")
    solve.add_argument("instance", help="instance JSON file (contract 2); '-' reads stdin")
    solve.add_argument("-o", "--output", default="-", help="output JSON file; '-' or omitted writes stdout")
    solve.add_argument(
        "--time-limit", type=_seconds, default=10.0, help="seconds for the fewest-short step (default 10)"
    )
    bench = sub.add_parser("bench", help="time 2,000 applications x 300 reviewers against a greedy baseline")
    bench.add_argument("--seed", type=int, default=0, help="instance generator seed (default 0)")
    bench.add_argument("--applications", type=_count, default=2000, help="applications (default 2000)")
    bench.add_argument("--reviewers", type=_count, default=300, help="reviewers (default 300)")
    bench.add_argument("--time-limit", type=_seconds, default=10.0, help=argparse.SUPPRESS)
    return parser


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {text!r}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number of seconds, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {text!r}")
    return value


def _assign(source: str, target: str, time_limit: float) -> int:
    try:
        instance = parse_instance(_read_json(source))
    except InstanceError as exc:
        raise CliError(f"{source}: {exc}") from None
    result = assign(instance, time_limit=time_limit)
    _write_json(target, result_to_json(result))
    if not result.proven_optimal:
        # Still a valid answer with the most reviews; say so without breaking the contract.
        fewest = "the fewest possible" if result.short_proven else "fewest not proven"
        print(
            f"note: {len(result.short)} applications short ({fewest}); "
            "total affinity not proven optimal (see docs/decisions/reviewer-assignment.md)",
            file=sys.stderr,
        )
    return 0


def _read_json(source: str) -> Any:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"{source}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise CliError(f"{source}: not UTF-8 text") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(
            f"{source}: not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except RecursionError:
        raise CliError(f"{source}: not valid JSON: nested too deeply") from None


def _write_json(target: str, payload: dict[str, Any]) -> None:
    text = json.dumps(payload, ensure_ascii=False) + "\n"
    if target == "-":
        sys.stdout.write(text)
        return
    try:
        Path(target).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CliError(f"{target}: cannot write: {exc.strerror or exc}") from None
