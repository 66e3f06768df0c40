"""Demo data of the intel module (called by `biobridge demo`, idempotent)."""


def demo_lines() -> list[str]:
    return []
