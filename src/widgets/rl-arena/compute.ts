// The runs of rl-arena (model.ts holds the settings, the result's shape and what the view reads from it): every method
// trained on the one arena task of src/lib/toyLm/arena.ts. Pure and seeded: the worker and the main-thread fallback
// call `computeArena` and get the same numbers. `emit` hands back the result so far after each method (best-of-n
// first), so a view can draw as they finish. Only the worker imports this file statically; the fallback loads it on
// demand (client.ts).
import {
  ARENA_TOY, GRPO_VARIANT_OPTIONS, MAX_TOKENS, ALL_RESPONSES,
  arenaBestOfN, arenaDpoRun, arenaGrpoRun, arenaPpoRun, arenaSetup, exactStatsAll, groupAdvantages, logProbTable,
  responseLabel, sampleResponse, type ArenaGrpoOptions, type ArenaSetup, type DpoOptions, type DpoPoint, type GrpoVariant,
} from '../../lib/toyLm';
import { mulberry32 } from '../../lib/rng';
import {
  dpoOptions, parseMethods, runShape, type ArenaResult, type ArenaState, type GroupInspect, type LengthHistogram, type Method,
  type TrainedRun,
} from './model';

const setups = new Map<string, ArenaSetup>();
/** The arena's set-up for a task (cached: the fitted RM is reused across settings of the runs). */
export function setupFor(s: Pick<ArenaState, 'gold' | 'noise' | 'rm' | 'seed'>): ArenaSetup {
  const key = `${s.gold}|${s.noise}|${s.rm}|${s.seed}`;
  let v = setups.get(key);
  if (!v) {
    if (setups.size > 16) setups.clear();
    v = arenaSetup({ gold: s.gold, noise: s.noise, rm: s.rm, seed: s.seed });
    setups.set(key, v);
  }
  return v;
}

function histogram(table: Float64Array, setup: ArenaSetup): LengthHistogram {
  return [...exactStatsAll(table, setup.refTable, () => 0).lengths];
}

export function runDpoArena(setup: ArenaSetup, dpo: DpoOptions, steps: number, every: number, seed: number): TrainedRun<DpoPoint> {
  const { theta, points } = arenaDpoRun(setup, dpo, { steps, every, seed });
  return { points, lengths: histogram(logProbTable(ARENA_TOY.kind, theta), setup) };
}

export function runPpoArena(setup: ArenaSetup, ppo: { klCoef: number; clip: number }, steps: number, every: number, seed: number): TrainedRun {
  const { theta, points } = arenaPpoRun(setup, ppo, { steps, every, seed });
  return { points, lengths: histogram(logProbTable(ARENA_TOY.kind, theta), setup) };
}

export function runGrpoArena(setup: ArenaSetup, grpo: ArenaGrpoOptions, steps: number, every: number, seed: number): TrainedRun {
  const { theta, points } = arenaGrpoRun(setup, grpo, { steps, every, seed });
  return { points, lengths: histogram(logProbTable(ARENA_TOY.kind, theta), setup) };
}

/** The first group runGrpo samples (iteration 1 draws prompt 0's G responses first from mulberry32(seed)). */
export function firstGroup(setup: ArenaSetup, group: number, variant: GrpoVariant, seed: number): GroupInspect {
  const uniform = mulberry32(seed);
  const prompt = 0;
  const ids = Array.from({ length: group }, () => sampleResponse(setup.refTable, prompt, uniform));
  const rewards = ids.map((id) => setup.reward(prompt, id));
  const { scaleStd, norm } = GRPO_VARIANT_OPTIONS[variant];
  const advantages = groupAdvantages(rewards, scaleStd);
  const lengths = ids.map((id) => tokensOf(id));
  const total = lengths.reduce((a, b) => a + b, 0);
  const mean = rewards.reduce((a, b) => a + b, 0) / group;
  const std = group > 1 ? Math.sqrt(rewards.reduce((a, r) => a + (r - mean) ** 2, 0) / (group - 1)) : 0;
  // Per-token weight inside one group (rl.ts grpoLoss, before the average over groups).
  const weight = (n: number) => (norm === 'sequence' ? 1 / (group * n) : norm === 'constant' ? 1 / (group * MAX_TOKENS) : 1 / total);
  return {
    prompt, mean, std, scaleStd, norm,
    rows: ids.map((id, i) => ({ label: responseLabel(ALL_RESPONSES[id]!), reward: rewards[i]!, advantage: advantages[i]!, tokens: lengths[i]!, weight: weight(lengths[i]!) })),
  };
}

/** Tokens a response is trained on: its content tokens, plus EOT when it terminated. */
function tokensOf(id: number): number {
  const r = ALL_RESPONSES[id]!;
  return r.content.length + (r.terminated ? 1 : 0);
}

/** Everything the widget shows about the toy for a state; `emit` gets the result so far after each method. */
export function computeArena(s: ArenaState, emit?: (partial: ArenaResult) => void): ArenaResult {
  const methods = parseMethods(s.methods);
  const setup = setupFor(s);
  const shape = runShape(s);
  const r: ArenaResult = {
    bon: null, dpo: null, llama3: null, ppo: null, grpo: null, group: null,
    reference: histogram(setup.refTable, setup), pending: [...methods],
  };
  const done = (m: Method) => {
    r.pending = r.pending.filter((x) => x !== m);
    if (r.pending.length > 0) emit?.({ ...r, pending: [...r.pending] });
  };
  for (const m of methods) {
    if (m === 'bon') r.bon = arenaBestOfN(setup);
    else if (m === 'dpo' || m === 'llama3') r[m] = runDpoArena(setup, dpoOptions(s, m), shape.dpoSteps, shape.dpoEvery, s.seed);
    else if (m === 'ppo') r.ppo = runPpoArena(setup, { klCoef: s.kl, clip: s.clip }, shape.rlSteps, shape.rlEvery, s.seed);
    else {
      r.group = firstGroup(setup, s.group, s.variant, s.seed);
      r.grpo = runGrpoArena(setup, { beta: s.kl, clip: s.clip, group: s.group, variant: s.variant }, shape.rlSteps, shape.rlEvery, s.seed);
    }
    done(m);
  }
  return { ...r, pending: [] };
}
