"""Reviewer assignment (contract 2): plain dataclasses in and out, no database.

from biobridge.programs.assignment import assign, parse_instance, result_to_json
result = assign(parse_instance(data))
payload = result_to_json(result)
"""

from biobridge.programs.assignment.model import (
    Application,
    Assignment,
    Instance,
    InstanceError,
    Result,
    Reviewer,
    parse_instance,
    result_to_json,
)
from biobridge.programs.assignment.solve import assign

__all__ = [
    "Application",
    "Assignment",
    "Instance",
    "InstanceError",
    "Result",
    "Reviewer",
    "assign",
    "parse_instance",
    "result_to_json",
]
