"""`biobridge demo`: migrate an empty database, load demo data, then serve."""

from __future__ import annotations

from biobridge.common.cliargs import Parser


def main(argv: list[str]) -> int:
    p = Parser(prog="biobridge demo", description="Migrate, load demo data and serve on 127.0.0.1:8000.")
    p.add_argument("--no-serve", action="store_true", help="load the demo data and exit")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    args = p.parse_args(argv)
    from django.core.management import call_command

    from biobridge.cli import setup_django
    from biobridge.config.checks import ensure_startable
    from biobridge.config.demo import load_all

    setup_django()
    ensure_startable(need_database=True)
    call_command("migrate", interactive=False, verbosity=0)
    load_all()
    if not args.no_serve:
        from biobridge.config.serve_cli import run_gunicorn

        run_gunicorn(args.host, args.port, workers=2)
    return 0
