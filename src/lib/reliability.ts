// Reliability of a long training job (report §3.3.4): Table 5's shares recomputed, failure rates, the checkpoint
// interval of Young (1974) and Daly (2006) to first order, the exact expected efficiency of checkpoint/restart under
// Poisson failures, and a seeded simulation of the same model. Times are in hours unless a name says otherwise.
import type { Table5Category, Table5Row } from '@/data/trainingAtScale';
import { mulberry32 } from './rng';

/** Sum of Table 5's counts (419 as printed). */
export function table5Total(rows: readonly Table5Row[]): number {
  return rows.reduce((s, r) => s + r.count, 0);
}

/** Sum of Table 5's printed percentages (94.9, because of the "Faulty GPU" typo). */
export function table5PrintedSum(rows: readonly Table5Row[]): number {
  return Math.round(rows.reduce((s, r) => s + r.printedPercent, 0) * 10) / 10;
}

/** Each row's share recomputed from the counts, a fraction of the total. */
export function table5Shares(rows: readonly Table5Row[]): { id: string; share: number; printed: number; matches: boolean }[] {
  const total = table5Total(rows);
  return rows.map((r) => {
    const share = r.count / total;
    return { id: r.id, share, printed: r.printedPercent / 100, matches: Math.round(share * 1000) === Math.round(r.printedPercent * 10) };
  });
}

/** Counts and recomputed shares per category (GPU 268 = 64.0%, …), in the order of the categories given. */
export function table5ByCategory(
  rows: readonly Table5Row[], categories: readonly Table5Category[],
): { category: Table5Category; count: number; share: number; printedPercent: number }[] {
  const total = table5Total(rows);
  return categories.map((category) => {
    const inCat = rows.filter((r) => r.category === category);
    const count = inCat.reduce((s, r) => s + r.count, 0);
    const printedPercent = Math.round(inCat.reduce((s, r) => s + r.printedPercent, 0) * 10) / 10;
    return { category, count, share: count / total, printedPercent };
  });
}

/** Mean time between events, hours: `days` × 24 / `events` (419 in 54 days → 3.09 h). */
export function meanTimeBetween(events: number, days: number): number {
  return (days * 24) / events;
}

/**
 * Young's optimal checkpoint interval, τ = √(2·δ·M), hours of work between checkpoints, for a checkpoint that takes
 * δ hours to write and a mean time between failures M (Young 1974; Daly 2006's first-order estimate).
 */
export function youngInterval(write: number, mtbf: number): number {
  return Math.sqrt(2 * write * mtbf);
}

/** First-order fraction of time lost: δ/τ (writing) + τ/(2M) (work redone after a failure) + R/M (restarts). */
export function firstOrderWaste(interval: number, write: number, restart: number, mtbf: number): number {
  return write / interval + interval / (2 * mtbf) + restart / mtbf;
}

/**
 * Exact expected fraction of time spent on useful work when failures arrive as a Poisson process of rate 1/M, each
 * segment is τ of work followed by a checkpoint of δ, and a failure costs the segment so far plus a restart of R
 * (no failures during a restart). A segment takes (M + R)·(e^{(τ+δ)/M} − 1) in expectation, so the efficiency is
 *   τ / ((M + R)·(e^{(τ+δ)/M} − 1)).
 */
export function expectedEfficiency(interval: number, write: number, restart: number, mtbf: number): number {
  return interval / ((mtbf + restart) * Math.expm1((interval + write) / mtbf));
}

/** Inputs of one simulated job. Rates are per hour; 0 turns a kind of interruption off. */
export interface SimInputs {
  /** Wall-clock length of the job, hours. */
  hours: number;
  /** Unexpected interruptions per hour (a Poisson process): they lose the work since the last checkpoint. */
  failureRate: number;
  /** Planned interruptions per hour (a Poisson process): the job writes a checkpoint first, then restarts. */
  plannedRate: number;
  /** Work between checkpoints τ, hours. */
  interval: number;
  /** Time to write a checkpoint δ, hours (training pauses while it is written). */
  write: number;
  /** Time from an interruption to training again R, hours. */
  restart: number;
  seed: number;
}

export type SimEventKind = 'failure' | 'planned';

export interface SimEvent {
  /** Wall-clock hour of the interruption. */
  at: number;
  kind: SimEventKind;
  /** Work lost (not yet checkpointed), hours; 0 for a planned interruption. */
  lost: number;
}

export interface SimResult {
  /** Hours of useful (checkpointed) work. */
  useful: number;
  /** Wall-clock hours simulated (≥ inputs.hours: the run ends at the first segment boundary after it). */
  elapsed: number;
  /** useful / elapsed, the report's "effective training time". */
  efficiency: number;
  /** Where the rest went, hours: lost work, checkpoint writes, restarts. */
  lost: number;
  writing: number;
  restarting: number;
  events: SimEvent[];
}

/** Exponential waiting time with the given rate (∞ when the rate is 0). */
function waitFor(rate: number, uniform: () => number): number {
  return rate > 0 ? -Math.log(1 - uniform()) / rate : Infinity;
}

/**
 * One seeded run of the checkpoint/restart model of `expectedEfficiency`, plus planned interruptions that save
 * the progress so far (a checkpoint of δ) and restart (R) without losing work. Unexpected failures during a
 * restart or a planned checkpoint are not modelled (the clock for the next failure restarts after them, which the
 * exponential's lack of memory makes exact for that model). Same inputs and seed, same result.
 */
export function simulate(inputs: SimInputs): SimResult {
  const { hours, failureRate, plannedRate, interval, write, restart } = inputs;
  const uniform = mulberry32(inputs.seed);
  let t = 0, useful = 0, lost = 0, writing = 0, restarting = 0;
  let nextFailure = waitFor(failureRate, uniform);
  let nextPlanned = waitFor(plannedRate, uniform);
  const events: SimEvent[] = [];
  const segment = interval + write;
  while (t < hours) {
    const end = t + segment;
    const first = Math.min(nextFailure, nextPlanned);
    if (first >= end) {
      useful += interval;
      writing += write;
      t = end;
    } else if (nextFailure <= nextPlanned) {
      const waste = nextFailure - t;
      lost += waste;
      restarting += restart;
      events.push({ at: nextFailure, kind: 'failure', lost: waste });
      t = nextFailure + restart;
      nextFailure = t + waitFor(failureRate, uniform);
      if (nextPlanned < t) nextPlanned = t + waitFor(plannedRate, uniform);
    } else {
      events.push({ at: nextPlanned, kind: 'planned', lost: 0 });
      writing += write;
      restarting += restart;
      if (nextPlanned - t >= interval) {
        // It falls while a checkpoint is being written: that checkpoint completes, then the job restarts.
        useful += interval;
        t = end + restart;
      } else {
        useful += nextPlanned - t;
        t = nextPlanned + write + restart;
      }
      nextPlanned = t + waitFor(plannedRate, uniform);
      if (nextFailure < t) nextFailure = t + waitFor(failureRate, uniform);
    }
  }
  return { useful, elapsed: t, efficiency: useful / t, lost, writing, restarting, events };
}
