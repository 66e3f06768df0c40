"""Demo data of the events module (called by `biobridge demo`, idempotent)."""


def demo_lines() -> list[str]:
    return []
