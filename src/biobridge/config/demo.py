"""`biobridge demo`: every module's demo data, loaded in dependency order (idempotent)."""

from __future__ import annotations

from collections.abc import Callable

# Each loader returns printable lines. Later modules append their loaders here.
DEMO_LOADERS: list[tuple[str, str]] = [
    ("directory", "biobridge.directory.demo:demo_lines"),
    ("events", "biobridge.events.demo:demo_lines"),
    ("partnering", "biobridge.partnering.demo:demo_lines"),
    ("programs", "biobridge.programs.demo:demo_lines"),
    ("intel", "biobridge.intel.demo:demo_lines"),
]


def load_all(echo: Callable[[str], None] = print) -> None:
    import importlib

    for label, target in DEMO_LOADERS:
        module_name, func_name = target.split(":")
        lines = getattr(importlib.import_module(module_name), func_name)()
        for line in lines:
            echo(f"[{label}] {line}")
