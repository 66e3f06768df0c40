"""Demo data of the programs module (called by `biobridge demo`, idempotent)."""


def demo_lines() -> list[str]:
    return []
