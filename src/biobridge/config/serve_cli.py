"""`biobridge serve`: the web application under gunicorn (127.0.0.1:8000 by default)."""

from __future__ import annotations

import os

from biobridge.common.cliargs import CliError, Parser


def parser() -> Parser:
    p = Parser(prog="biobridge serve", description="Serve BioBridge over HTTP.")
    p.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    p.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    p.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "2")))
    return p


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    if not 0 < args.port < 65536:
        raise CliError(f"biobridge serve: port {args.port} is out of range")
    from biobridge.cli import setup_django
    from biobridge.config.checks import ensure_startable

    setup_django()
    ensure_startable(need_database=True)
    run_gunicorn(args.host, args.port, args.workers)
    return 0


def run_gunicorn(host: str, port: int, workers: int) -> None:
    from gunicorn.app.base import BaseApplication

    from biobridge.config.wsgi import application

    class App(BaseApplication):
        def load_config(self) -> None:
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", max(1, workers))
            self.cfg.set("accesslog", "-")
            self.cfg.set("timeout", 120)

        def load(self):
            return application

    print(f"BioBridge at http://{host}:{port}/ko/  (English: /en/, API docs: /api/docs)", flush=True)
    App().run()
