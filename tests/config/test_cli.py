"""The `biobridge` command: startup refusals and the one-line, exit-2 error contract."""

import os
import subprocess
import sys

import pytest

from biobridge.cli import main


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "biobridge.cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


def test_production_without_secret_key_refuses_with_one_line(tmp_path):
    result = run_cli(
        "check",
        env={
            "BIOBRIDGE_ENV": "production",
            "SECRET_KEY": "",
            "ALLOWED_HOSTS": "x",
            "BIOBRIDGE_DATA_DIR": str(tmp_path),
        },
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "SECRET_KEY is not set: production mode (BIOBRIDGE_ENV=production) needs one"
    ]


def test_serve_refuses_when_database_is_unreachable(tmp_path):
    result = run_cli(
        "serve",
        "--port",
        "8765",
        env={
            "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none",
            "BIOBRIDGE_DATA_DIR": str(tmp_path),
        },
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("database unreachable (postgresql):")


def test_unknown_option_is_one_line_and_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["serve", "--port", "not-a-number"])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["biobridge serve: argument --port: invalid int value: 'not-a-number'"]


def test_no_arguments_prints_usage_and_exits_2(capsys):
    assert main([]) == 2
    assert "usage: biobridge COMMAND" in capsys.readouterr().out
