"""Random but realistic reviewer-assignment instances (contract 2 JSON) for benchmarks and tests.

The shape mimics an open-innovation challenge's review round:
- Topics (modalities x therapeutic areas, say) have skewed popularity: applications
  crowd into a few hot topics (popularity ~ 1/rank^0.9), while reviewers' expertise is
  spread more evenly (popularity^0.4), so hot topics have too few experts. This is what
  makes a greedy pass worse than the optimum.
- An application names 1-3 topics with weights summing to 1; a reviewer masters 2-6
  topics with proficiency 0.3-1.0. Affinity = sum of weight x proficiency over shared
  topics, plus a little text-relevance noise, rounded to 3 decimals, in (0, 1].
  Only overlapping pairs are listed (sparse: roughly a fifth of all pairs); the rest
  score 0 by the contract.
- Conflicts of interest: reviewers and applicants belong to organisations; a reviewer
  conflicts with every application from the same organisation. With round(1/rate)
  equally likely organisations, that is the requested share of pairs (5% -> 20 orgs).
- Capacities are uniform integers with mean 1.25 x (total reviews / reviewers) and a
  spread of +-40%, i.e. 15-35 for the benchmark's 2,000 x 3 reviews over 300 reviewers.
"""

from __future__ import annotations

from typing import Any

import numpy as np

TOPICS = 40
SLACK = 1.25  # total capacity / total reviews asked for


def generate(
    *,
    seed: int = 0,
    applications: int = 2000,
    reviewers: int = 300,
    reviews: int = 3,
    conflict_rate: float = 0.05,
    slack: float = SLACK,
) -> dict[str, Any]:
    """Return a JSON-shaped instance; the same arguments always give the same instance."""
    rng = np.random.default_rng(seed)
    rank = np.arange(1, TOPICS + 1, dtype=np.float64)
    hot = 1.0 / rank**0.9
    app_topics = _memberships(rng, applications, hot, low=1, high=3)
    app_topics /= app_topics.sum(axis=1, keepdims=True)
    expertise = _memberships(rng, reviewers, hot**0.4, low=2, high=6) * rng.uniform(
        0.3, 1.0, (reviewers, TOPICS)
    )
    affinity = expertise @ app_topics.T  # (reviewers, applications)
    noisy = np.clip(affinity + rng.normal(0.0, 0.03, affinity.shape), 0.001, 1.0).round(3)
    orgs = max(1, round(1.0 / conflict_rate)) if conflict_rate > 0 else 0
    return {
        "reviewers": [
            {"id": f"r{i + 1}", "capacity": int(c)}
            for i, c in enumerate(_capacities(rng, reviewers, applications * reviews, slack))
        ],
        "applications": [{"id": f"a{j + 1}", "reviews": reviews} for j in range(applications)],
        "affinity": [
            {"reviewer": f"r{i + 1}", "application": f"a{j + 1}", "score": float(noisy[i, j])}
            for i, j in zip(*np.nonzero(affinity > 0), strict=True)
        ],
        "conflicts": _conflicts(rng, reviewers, applications, orgs),
    }


def _memberships(
    rng: np.random.Generator, count: int, popularity: np.ndarray, *, low: int, high: int
) -> np.ndarray:
    """0/1-weighted rows: each row picks low..high distinct topics by popularity, random weights."""
    p = popularity / popularity.sum()
    out = np.zeros((count, len(p)))
    for row, k in zip(out, rng.integers(low, high + 1, count), strict=True):
        row[rng.choice(len(p), size=k, replace=False, p=p)] = rng.uniform(0.2, 1.0, k)
    return out


def _capacities(rng: np.random.Generator, reviewers: int, demand: int, slack: float) -> np.ndarray:
    mean = slack * demand / max(1, reviewers)
    return rng.integers(int(mean * 0.6), int(mean * 1.4) + 1, reviewers)


def _conflicts(
    rng: np.random.Generator, reviewers: int, applications: int, orgs: int
) -> list[dict[str, str]]:
    if orgs == 0:
        return []
    rev_org, app_org = rng.integers(0, orgs, reviewers), rng.integers(0, orgs, applications)
    same = rev_org[:, None] == app_org[None, :]
    return [
        {"reviewer": f"r{i + 1}", "application": f"a{j + 1}"} for i, j in zip(*np.nonzero(same), strict=True)
    ]
