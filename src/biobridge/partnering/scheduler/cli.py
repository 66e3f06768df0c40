"""`biobridge schedule solve|bench|bench-b2b` (files only, no database)."""

from __future__ import annotations

import json
from pathlib import Path

from biobridge.common.cliargs import CliError, Parser

from .model import InstanceError, parse_instance, result_to_json
from .solver import solve


def main(argv: list[str]) -> int:
    parser = Parser(prog="biobridge schedule", description="1:1 meeting scheduler (contract 1)")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    p_solve = sub.add_parser("solve", help="schedule INSTANCE.json into OUT.json")
    p_solve.add_argument("instance")
    p_solve.add_argument("-o", "--output", required=True)
    p_solve.add_argument("--time-limit", type=float, default=30.0, metavar="SECONDS")
    p_bench = sub.add_parser("bench", help="synthetic benchmark: ours vs first-fit vs CP-SAT")
    p_bench.add_argument("--sizes", default="a", help="comma list of presets (small, a, b) or PxMxDxSxT")
    p_bench.add_argument("--seed", type=int, default=1)
    p_bench.add_argument("--time-limit", type=float, default=None, metavar="SECONDS")
    p_bench.add_argument("--cpsat-seconds", type=float, default=None, help="CP-SAT budget (default: ours)")
    p_bench.add_argument("--b2b", metavar="DIR", help="also run the B2B benchmark instances in DIR")
    p_b2b = sub.add_parser("bench-b2b", help="run the B2B benchmark instances in DIR")
    p_b2b.add_argument("dir")
    p_b2b.add_argument("--time-limit", type=float, default=10.0, metavar="SECONDS")
    args = parser.parse_args(argv)
    if args.command == "solve":
        return _solve(args.instance, args.output, args.time_limit)
    from . import bench

    if args.command == "bench-b2b":
        bench.run_b2b(args.dir, time_limit=args.time_limit)
        return 0
    bench.run_synthetic(
        args.sizes, seed=args.seed, time_limit=args.time_limit, cpsat_seconds=args.cpsat_seconds
    )
    if args.b2b:
        bench.run_b2b(args.b2b, time_limit=10.0)
    return 0


def load_instance(path: str):
    """Read and validate an instance file; every problem becomes a one-line CliError."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"{path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise CliError(f"{path}: not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    try:
        return parse_instance(data)
    except InstanceError as exc:
        raise CliError(str(exc)) from None


def _solve(path: str, out: str, time_limit: float) -> int:
    if not time_limit > 0:
        raise CliError("--time-limit must be positive")
    instance = load_instance(path)
    result = solve(instance, time_limit=time_limit)
    try:
        Path(out).write_text(json.dumps(result_to_json(result), indent=1) + "\n", encoding="utf-8")
    except OSError as exc:
        raise CliError(f"{out}: cannot write ({exc.strerror})") from None
    return 0
