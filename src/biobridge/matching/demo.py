"""Demo data of the matching module (called by `biobridge demo`, idempotent)."""


def demo_lines() -> list[str]:
    return []
