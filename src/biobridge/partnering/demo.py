"""Demo data of the partnering module (called by `biobridge demo`, idempotent)."""


def demo_lines() -> list[str]:
    return []
