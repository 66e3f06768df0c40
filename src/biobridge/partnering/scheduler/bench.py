"""`biobridge schedule bench`: ours vs first-fit vs CP-SAT on synthetic conventions, a
re-scheduling run, and the B2B benchmark table."""

from __future__ import annotations

import json
import resource
import time
from pathlib import Path

from biobridge.common.cliargs import CliError

from .construct import first_fit
from .gaps import gap_summary
from .generator import generate, perturb
from .model import parse_instance
from .polish import cpsat_max
from .solver import solve
from .state import State, compile_instance

# name: (participants, meetings, days, slots per day, tables, our time limit)
PRESETS = {
    "small": (300, 900, 2, 7, 36, 5.0),
    "a": (3000, 9000, 2, 14, 360, 10.0),
    "b": (20000, 64000, 4, 15, 1500, 60.0),
}
CPSAT_MAX_PAIRS = 1_500_000  # beyond this the CP-SAT model alone needs minutes and GBs


def _preset(name: str) -> tuple[int, int, int, int, int, float]:
    if name in PRESETS:
        return PRESETS[name]
    try:
        p, m, d, s, t = (int(x) for x in name.split("x"))
    except ValueError:
        raise CliError(f"--sizes: unknown size {name!r} (small, a, b or PxMxDAYSxSLOTSxTABLES)") from None
    return p, m, d, s, t, 60.0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_synthetic(sizes: str, *, seed: int, time_limit: float | None, cpsat_seconds: float | None) -> None:
    print("size        method      scheduled / bound      %     seconds  gaps(total/worst)  peakMB")
    for name in [s.strip() for s in sizes.split(",") if s.strip()]:
        p, m, d, s, t, default_limit = _preset(name)
        data = generate(p, m, days=d, slots_per_day=s, tables=t, seed=seed)
        inst = parse_instance(data)
        ours = solve(inst, time_limit=time_limit or default_limit, seed=seed)
        ub = ours.upper_bound
        peak = _peak_mb()
        gaps = (ours.idle_gaps_total, ours.idle_gaps_worst)
        _row(name, "ours", len(ours.assignments), ub, ours.seconds, *gaps, peak)
        print(f"{name:<11} (ours had its final meeting set after {ours.stats['count_seconds']:.2f} s)")
        c = compile_instance(inst)
        st = State(c)
        t0 = time.perf_counter()
        first_fit(c, st)
        g = gap_summary(c, st.busy)
        _row(name, "first-fit", len(st.scheduled()), ub, time.perf_counter() - t0, *g, None)
        _cpsat_row(name, c, st.snapshot(), ub, cpsat_seconds or ours.seconds, seed)
        _reschedule_row(name, data, ours, seed)


def _cpsat_row(name: str, c, hint: list[int], ub: int, seconds: float, seed: int) -> None:
    pairs = sum(f.bit_count() for f in c.feas)
    if pairs > CPSAT_MAX_PAIRS:
        print(f"{name:<11} cp-sat      skipped: {pairs} (meeting, slot) variables exceed {CPSAT_MAX_PAIRS}")
        return
    t0 = time.perf_counter()
    slot_of, optimal = cpsat_max(c, hint, t0 + seconds, seed=seed)
    st = State(c)
    for m, s in enumerate(slot_of):
        if s >= 0:
            st.assign(m, s)
    label = "cp-sat*" if optimal else "cp-sat"
    _row(name, label, len(st.scheduled()), ub, time.perf_counter() - t0, *gap_summary(c, st.busy), None)


def _reschedule_row(name: str, data: dict, ours, seed: int) -> None:
    changed = parse_instance(perturb(data, fraction=0.01, seed=seed))
    cpu0 = _cpu()
    res = solve(changed, time_limit=2.0, previous=ours.placements(), seed=seed)
    cpu = _cpu() - cpu0
    published = len(ours.assignments)
    print(
        f"{name:<11} re-run 1%   {len(res.assignments):>7} / {res.upper_bound:<7} "
        f"{100 * len(res.assignments) / max(1, res.upper_bound):6.2f} {res.seconds:8.2f}  "
        f"{res.idle_gaps_total:>6}/{res.idle_gaps_worst:<6}  moved {res.moved} of {published} published "
        f"({100 * res.moved / max(1, published):.2f}%), {cpu:.2f} s CPU"
    )


def _cpu() -> float:
    """CPU seconds of this process, all threads (CP-SAT's included): on a shared machine
    wall time alone mostly measures the other jobs."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _row(name, method, n, ub, seconds, total, worst, peak) -> None:
    mem = f"{peak:8.0f}" if peak is not None else ""
    print(
        f"{name:<11} {method:<10} {n:>7} / {ub:<7} {100 * n / max(1, ub):7.2f} {seconds:8.2f}  "
        f"{total:>6}/{worst:<6}     {mem}",
        flush=True,
    )


def run_b2b(directory: str, *, time_limit: float) -> None:
    root = Path(directory)
    index_path = root / "index.json"
    if not index_path.is_file():
        raise CliError(f"{directory}: no index.json")
    index = json.loads(index_path.read_text(encoding="utf-8"))
    print("instance          scheduled/total  bound  idle gaps (worst)  reference  seconds  CPU s")
    sums = [0, 0, 0]
    for entry in index:
        name = entry["instance"]
        inst = parse_instance(json.loads((root / f"{name}.json").read_text(encoding="utf-8")))
        cpu0 = _cpu()
        res = solve(inst, time_limit=time_limit)
        cpu = _cpu() - cpu0
        ref = entry.get("reference_total_idle_gaps")
        print(
            f"{name:<17} {len(res.assignments):>5}/{len(inst.meetings):<5}  {res.upper_bound:>6}  "
            f"{res.idle_gaps_total:>8} ({res.idle_gaps_worst})    {'-' if ref is None else ref:>8}  "
            f"{res.seconds:7.2f} {cpu:6.2f}",
            flush=True,
        )
        sums[0] += len(res.assignments)
        sums[1] += len(inst.meetings)
        sums[2] += res.idle_gaps_total
    print(f"{'all':<17} {sums[0]:>5}/{sums[1]:<5}          {sums[2]:>8}")
