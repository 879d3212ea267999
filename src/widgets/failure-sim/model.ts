// Model of failure-sim: Table 5 recomputed (shares from the counts beside the printed ones, the typo), and a
// checkpoint/restart job of the report's 54-day snapshot length with unexpected interruptions at a rate the reader
// sets, the report's 47 planned ones, a checkpoint interval τ, write time δ and restart time R. Every formula is
// src/lib/reliability.ts's (simulate, expectedEfficiency, youngInterval, meanTimeBetween); this file only turns the
// URL state into their inputs (units), runs seeds, and summarises. Pure: no React, no DOM, no words.
import {
  CHECKPOINT_BYTES_PER_GPU, EFFECTIVE_TRAINING_TIME_MIN, INTERRUPTIONS, MAX_TRAINING_GPUS, SNAPSHOT_DAYS, STORAGE_THROUGHPUT,
  TABLE_5, TABLE_5_CATEGORIES, TABLE_5_TYPO_ROW, type Table5Category,
} from '../../data/trainingAtScale';
import {
  expectedEfficiency, meanTimeBetween, simulate, table5ByCategory, table5PrintedSum, table5Shares, table5Total,
  youngInterval, type SimEvent, type SimInputs, type SimResult,
} from '../../lib/reliability';

// ── State ──────────────────────────────────────────────────────────────────────────────────────────────

/** GPU multiples: failures scale with GPU count (an assumption). URL `scale` = "1", "2" or "4". */
export const SCALES = ['1', '2', '4'] as const;
export type Scale = (typeof SCALES)[number];

export const DAYS = SNAPSHOT_DAYS.value;
/** Wall-clock hours of a simulated job: the 54-day snapshot. */
export const JOB_HOURS = DAYS * 24;
/** The report's rate: 419 unexpected interruptions in 54 days, per day (7.76; one every 3.09 h). */
export const REPORT_RATE = INTERRUPTIONS.value.unexpected / DAYS;
/** The report's planned interruptions: 47 in 54 days, per day (not scaled with GPUs). */
export const PLANNED_RATE = INTERRUPTIONS.value.planned / DAYS;
export const TARGET = EFFECTIVE_TRAINING_TIME_MIN.value;

/** Units of the URL: rate per day, ckpt minutes, write seconds, restart minutes, seed a whole number. */
export const LIMITS = {
  rate: { min: 0.1, max: 100 },
  ckpt: { min: 1, max: 1440 },
  write: { min: 0, max: 3600 },
  restart: { min: 0, max: 240 },
  seed: { min: 0, max: 999_999 },
} as const;

/**
 * Defaults. `rate` is the report's; `ckpt`, `write` and `restart` are NOT in the report (assumptions, labelled):
 * a 30 s write is about what 4 GB per GPU on 16,384 GPUs take at the stated 2 TB/s (writeBound), 5 min to restart.
 */
export const DEFAULTS = { rate: REPORT_RATE, ckpt: 30, write: 30, restart: 5, scale: '1' as Scale, seed: 1 };

export interface SimState {
  rate: number;
  ckpt: number;
  write: number;
  restart: number;
  scale: Scale;
  seed: number;
}

/** Slider stops (the slider moves between these; the URL may hold any value inside the limits). */
export const STOPS = {
  rate: [0.5, 1, 2, 3, 4, 5, 6, REPORT_RATE, 10, 12, 15, 20, 25, 30, 40, 50, 75, 100],
  ckpt: [1, 2, 3, 5, 7, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1440],
  write: [0, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900, 1800, 3600],
  restart: [0, 1, 2, 3, 5, 7, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240],
} as const;

/** The slider position of the stop nearest a value. */
export function nearestStop(stops: readonly number[], v: number): number {
  let best = 0;
  for (let i = 1; i < stops.length; i++) if (Math.abs(stops[i]! - v) < Math.abs(stops[best]! - v)) best = i;
  return best;
}

// ── Units ──────────────────────────────────────────────────────────────────────────────────────────────

/** The simulation's inputs (hours, per hour) for a state and a seed. */
export function simInputs(s: SimState, seed = s.seed, interval = s.ckpt / 60): SimInputs {
  return {
    hours: JOB_HOURS,
    failureRate: (s.rate * Number(s.scale)) / 24,
    plannedRate: PLANNED_RATE / 24,
    interval,
    write: s.write / 3600,
    restart: s.restart / 60,
    seed,
  };
}

/** Mean time between unexpected interruptions, hours, at the state's rate and GPU multiple. */
export function mtbfOf(s: SimState): number {
  return meanTimeBetween(s.rate * Number(s.scale), 1);
}

/**
 * Expected efficiency with planned interruptions too, exact for the model `simulate` runs: during work and writes,
 * unexpected failures (rate λ) and planned stops (rate p) arrive as Poisson processes; a failure at x loses x and
 * costs R; a planned stop at x < τ saves x (a checkpoint, δ) and costs R; one at τ ≤ x < τ + δ lets the checkpoint
 * finish, then R. Each attempt starts afresh, so the efficiency is E[work] / E[time] of one attempt (renewal-reward),
 * with Λ = λ + p and s = τ + δ:
 *   E[work] = τ·e^{−Λs} + p·(1 − e^{−Λτ}(1 + Λτ))/Λ² + τ·p·(e^{−Λτ} − e^{−Λs})/Λ
 *   E[time] = (1 − e^{−Λs})·(1/Λ + R) + δ·(p/Λ)·(1 − e^{−Λτ}) + p·e^{−Λτ}·(δ/Λ − (1 − e^{−Λδ})/Λ²)
 * With p = 0 it is expectedEfficiency (the test checks it); that is what it returns then. NOT in
 * src/lib/reliability.ts (the lead may move it there). All times in hours, rates per hour.
 */
export function plannedEfficiency(interval: number, write: number, restart: number, failureRate: number, plannedRate: number): number {
  const [tau, delta, r, l, p] = [interval, write, restart, failureRate, plannedRate];
  if (p === 0) return expectedEfficiency(tau, delta, r, 1 / l);
  const L = l + p;
  const s = tau + delta;
  const eS = Math.exp(-L * s), eT = Math.exp(-L * tau);
  const work = tau * eS + (p * (1 - eT * (1 + L * tau))) / (L * L) + (tau * p * (eT - eS)) / L;
  const time = -Math.expm1(-L * s) * (1 / L + r) + delta * (p / L) * -Math.expm1(-L * tau)
    + p * eT * (delta / L + Math.expm1(-L * delta) / (L * L));
  return work / time;
}

/** The closed-form efficiency of a state at a checkpoint interval (hours; default the state's). */
export function closedEfficiency(s: SimState, interval = s.ckpt / 60): number {
  const i = simInputs(s, 0, interval);
  return plannedEfficiency(interval, i.write, i.restart, i.failureRate, i.plannedRate);
}

export type Code = 'belowTarget' | 'freeWrite' | 'optimumBelowMin' | 'optimumAboveMax' | 'longWrite';

export interface Closed {
  /** Hours between unexpected interruptions. */
  mtbf: number;
  /** Closed-form efficiency at the chosen τ (unexpected and planned interruptions). */
  efficiency: number;
  /** Young/Daly's τ* = √(2δM), minutes. */
  youngMinutes: number;
  /** The closed-form efficiency at τ* (clamped to the slider's range), and that τ in minutes. */
  atYoung: number;
  youngUsedMinutes: number;
  /** Expected unexpected / planned interruptions in 54 days. */
  expectedFailures: number;
  expectedPlanned: number;
  codes: Code[];
}

export function closedForm(s: SimState): Closed {
  const mtbf = mtbfOf(s);
  const youngMinutes = youngInterval(s.write / 3600, mtbf) * 60;
  const youngUsedMinutes = Math.min(Math.max(youngMinutes, LIMITS.ckpt.min), LIMITS.ckpt.max);
  const efficiency = closedEfficiency(s);
  const codes: Code[] = [];
  if (efficiency < TARGET) codes.push('belowTarget');
  if (s.write === 0) codes.push('freeWrite');
  else if (youngMinutes < LIMITS.ckpt.min) codes.push('optimumBelowMin');
  if (youngMinutes > LIMITS.ckpt.max) codes.push('optimumAboveMax');
  if (s.write / 60 >= s.ckpt) codes.push('longWrite');
  return {
    mtbf, efficiency, youngMinutes, youngUsedMinutes, atYoung: closedEfficiency(s, youngUsedMinutes / 60),
    expectedFailures: s.rate * Number(s.scale) * DAYS, expectedPlanned: INTERRUPTIONS.value.planned, codes,
  };
}

/** The write time the report's stated sizes imply (derived arithmetic, not the report's claim), seconds. */
export function writeBound(): { bytes: number; sustained: number; peak: number; gpus: number } {
  const gpus = MAX_TRAINING_GPUS.value;
  const bytes = CHECKPOINT_BYTES_PER_GPU.value.max * gpus;
  return { gpus, bytes, sustained: bytes / STORAGE_THROUGHPUT.value.sustained, peak: bytes / STORAGE_THROUGHPUT.value.peak };
}

// ── One run ────────────────────────────────────────────────────────────────────────────────────────────

export interface Run {
  /** Fractions of elapsed wall-clock time; they sum to 1. */
  useful: number;
  lost: number;
  writing: number;
  restarting: number;
  /** Days simulated (≥ 54: the run ends at the first segment boundary after 54 days). */
  days: number;
  failures: number;
  planned: number;
  /** Interruptions, day of the run and kind (for the timeline). */
  events: { day: number; kind: SimEvent['kind'] }[];
  /** Longest work lost in one failure, hours. */
  worstLoss: number;
}

export function summarise(r: SimResult): Run {
  const e = r.elapsed;
  let failures = 0, worstLoss = 0;
  for (const ev of r.events) if (ev.kind === 'failure') { failures++; worstLoss = Math.max(worstLoss, ev.lost); }
  return {
    useful: r.useful / e, lost: r.lost / e, writing: r.writing / e, restarting: r.restarting / e,
    days: e / 24, failures, planned: r.events.length - failures, worstLoss,
    events: r.events.map((ev) => ({ day: ev.at / 24, kind: ev.kind })),
  };
}

/** The run of the state's seed. */
export function runOf(s: SimState): Run {
  return summarise(simulate(simInputs(s)));
}

// ── Many runs (the worker's job; the shown run is the first of them) ───────────────────────────────

/** Runs at the chosen τ (seeds seed … seed + RUNS − 1; the first is the shown run). 54 days each. */
export const RUNS = 100;
/** Checkpoint intervals (minutes) where the chart also shows simulated runs, and how many at each. */
export const SWEEP = [2, 5, 10, 20, 45, 90, 180, 360, 720] as const;
export const SWEEP_RUNS = 12;

export interface Spread {
  mean: number;
  min: number;
  max: number;
  /** 5th and 95th percentiles (nearest rank). */
  p5: number;
  p95: number;
  /** Share of runs at or above the report's 90%. */
  aboveTarget: number;
}

export interface Batch {
  /** The seed's own run (the first of `runs`), summarised. */
  run: Run;
  /** Efficiency of each run at the chosen τ. */
  runs: number[];
  spread: Spread;
  sweep: { minutes: number; runs: number[] }[];
}

export function spreadOf(values: readonly number[]): Spread {
  const v = [...values].sort((a, b) => a - b);
  const q = (p: number) => v[Math.min(v.length - 1, Math.max(0, Math.round(p * (v.length - 1))))]!;
  return {
    mean: v.reduce((a, b) => a + b, 0) / v.length, min: v[0]!, max: v[v.length - 1]!, p5: q(0.05), p95: q(0.95),
    aboveTarget: v.filter((x) => x >= TARGET).length / v.length,
  };
}

export function runBatch(s: SimState, runs = RUNS, sweepRuns = SWEEP_RUNS): Batch {
  const first = simulate(simInputs(s));
  const effs: number[] = [first.efficiency];
  for (let i = 1; i < runs; i++) effs.push(simulate(simInputs(s, s.seed + i)).efficiency);
  const sweep = SWEEP.map((minutes, k) => {
    const out: number[] = [];
    for (let i = 0; i < sweepRuns; i++) out.push(simulate(simInputs(s, s.seed + 1_000_003 * (k + 1) + i, minutes / 60)).efficiency);
    return { minutes, runs: out };
  });
  return { run: summarise(first), runs: effs, spread: spreadOf(effs), sweep };
}

/** A key of everything a batch depends on (stale worker answers are dropped by it). */
export function batchKey(s: SimState): string {
  return [s.rate, s.ckpt, s.write, s.restart, s.scale, s.seed].join('|');
}

// ── Table 5 ────────────────────────────────────────────────────────────────────────────────────────────

export interface Table5View {
  total: number;
  printedSum: number;
  rows: { id: string; category: Table5Category; count: number; share: number; printed: number; typo: boolean }[];
  categories: { category: Table5Category; count: number; share: number; printedPercent: number }[];
  /** The largest count (bar scale). */
  maxCount: number;
}

export function table5(): Table5View {
  const rows = TABLE_5.value;
  const shares = table5Shares(rows);
  return {
    total: table5Total(rows),
    printedSum: table5PrintedSum(rows),
    rows: rows.map((r, i) => ({
      id: r.id, category: r.category, count: r.count, share: shares[i]!.share, printed: shares[i]!.printed,
      typo: r.id === TABLE_5_TYPO_ROW || !shares[i]!.matches,
    })),
    categories: table5ByCategory(rows, TABLE_5_CATEGORIES),
    maxCount: Math.max(...rows.map((r) => r.count)),
  };
}
