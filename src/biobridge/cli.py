"""The `biobridge` command.

Our own command groups live next to the code they drive; each exposes
`main(argv) -> int`. File-only groups (schedule, review, match rank, intel extract)
never touch the database; the rest go through Django's management machinery.
"""

from __future__ import annotations

import importlib
import os
import sys

from django.core.exceptions import ImproperlyConfigured

from biobridge.common.cliargs import CliError, fail

# group name -> module with `main(argv: list[str]) -> int`
GROUPS: dict[str, str] = {
    "schedule": "biobridge.partnering.scheduler.cli",
    "review": "biobridge.programs.assignment.cli",
    "match": "biobridge.matching.cli",
    "intel": "biobridge.intel.cli",
    "demo": "biobridge.config.demo_cli",
    "serve": "biobridge.config.serve_cli",
}

USAGE = """usage: biobridge COMMAND [ARGS...]

BioBridge commands:
  demo                  migrate, load demo data and serve on 127.0.0.1:8000
  serve                 serve the web application (127.0.0.1:8000)
  schedule solve|bench  the 1:1 meeting scheduler (files only)
  review assign|bench   reviewer assignment (files only)
  match rank|bench|ORG  partner recommendations
  intel extract|eval|ingest  news intelligence

Any other command is a Django management command (migrate, createsuperuser, ...)."""


def setup_django() -> None:
    """Configure Django for commands that need the database."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "biobridge.config.settings")
    import django

    django.setup()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(USAGE)
        return 0 if argv else 2
    group = GROUPS.get(argv[0])
    try:
        if group:
            module = importlib.import_module(group)
            return int(module.main(argv[1:]) or 0)
        return _django_management(argv)
    except CliError as exc:
        fail(str(exc))
    except ImproperlyConfigured as exc:
        fail(f"configuration error: {exc}")


def _django_management(argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "biobridge.config.settings")
    from django.core.management import execute_from_command_line

    from biobridge.config.checks import ensure_startable

    ensure_startable()
    execute_from_command_line(["biobridge", *argv])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
