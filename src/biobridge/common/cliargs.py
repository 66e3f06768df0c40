"""Argument parsing for `biobridge` subcommands with the project's error contract.

Every command-line error is one line on stderr and exit code 2, so outside tools can
rely on it; argparse's default prints the whole usage block first.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

EXIT_USAGE = 2


class CliError(Exception):
    """A user-facing command-line problem: printed as one line, exit code 2."""


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors and exit code 2."""

    def error(self, message: str) -> NoReturn:
        fail(f"{self.prog}: {message}")


def fail(message: str) -> NoReturn:
    """Print one line to stderr and exit 2."""
    line = " ".join(str(message).split())
    print(line, file=sys.stderr)
    raise SystemExit(EXIT_USAGE)
