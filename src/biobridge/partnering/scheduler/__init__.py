"""The partnering meeting scheduler: pure Python, no database (contract 1 of DESIGN.md).

Web console and task workers call:
    instance = parse_instance(data)                       # raises InstanceError (a ValueError)
    result = solve(instance, time_limit=60, previous=last_result.placements())
    payload = result_to_json(result)                      # exactly contract 1's output
"""

from .model import (
    Assignment,
    Instance,
    InstanceError,
    Meeting,
    Participant,
    Placement,
    Result,
    Slot,
    parse_instance,
    result_to_json,
)
from .solver import solve

__all__ = [
    "Assignment",
    "Instance",
    "InstanceError",
    "Meeting",
    "Participant",
    "Placement",
    "Result",
    "Slot",
    "parse_instance",
    "result_to_json",
    "solve",
]
