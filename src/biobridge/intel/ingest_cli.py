"""`biobridge intel ingest PATH...`: news files, folders and .zip archives into the database.

A progress bar on stderr, one stderr line per file that fails (the batch goes on), and a
summary line on stdout. Exit codes: 0 if at least one article was processed (stored or
recognised as a duplicate), 1 if every file failed, 2 for bad arguments (one line).
"""

from __future__ import annotations

import sys

from biobridge.common.cliargs import Parser

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2


def build_parser() -> Parser:
    from biobridge.intel.adapters import MAX_BYTES

    p = Parser(
        prog="biobridge intel ingest",
        description=(
            "Ingest news articles (.txt scraped text or .html; folders are searched recursively; "
            f".zip archives are read member by member). Files above {MAX_BYTES} bytes are refused."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or .zip")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    return p


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from biobridge.cli import setup_django
    from biobridge.config.checks import ensure_startable
    from biobridge.intel.sources import check_paths

    paths = check_paths(args.paths)
    setup_django()
    ensure_startable(need_database=True)
    summary = run(paths, quiet=args.quiet)
    print(summary.line())
    return EXIT_OK if summary.processed else EXIT_NOTHING


def run(paths, *, quiet: bool = False):
    from tqdm import tqdm

    from biobridge.intel.ingest import ingest_sources
    from biobridge.intel.sources import count_sources, iter_sources

    total = count_sources(paths)
    with tqdm(total=total, unit="file", file=sys.stderr, disable=quiet or None, dynamic_ncols=True) as bar:

        def report(result) -> None:
            bar.update(1)
            if result.status == "error":
                bar.write(f"error: {result.name}: {result.message}", file=sys.stderr)

        return ingest_sources(iter_sources(paths), on_result=report, keep_results=False)
