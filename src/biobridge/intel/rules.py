"""Who may do what with news intelligence: reading is public, reviewing is for operators."""

from __future__ import annotations

import rules

from biobridge.accounts.rules import is_operator

rules.add_perm("intel.review", is_operator)
rules.add_perm("intel.upload", is_operator)
