// rope-rotation's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type FieldKey, type RopeRotationMessages } from './messages';
import { BASE_PRESETS, HEAD_DIM, PAIRS, toDegrees, type PairView, type RotationOk } from './model';

const FIELD: Record<FieldKey, string> = { m: 'm', n: 'n', base: 'The base', seed: 'The seed', shift: 'Δ' };
const BASE = Object.fromEntries(BASE_PRESETS.map((p) => [p.id, p.base])) as Record<(typeof BASE_PRESETS)[number]['id'], number>;

/** Any number a reader may type or see as a bound: whole numbers grouped, huge ones in scientific form. */
const num = (x: number, f: Format) =>
  Math.abs(x) >= 1e15 ? f.sci(x, { digits: 3 }) : Number.isInteger(x) ? f.int(x) : f.decimal(x, { digits: 4, trim: true });
/** A frequency θ (radians per position): six decimals from 0.001, scientific below. */
const freq = (x: number, f: Format) => (x >= 1e-3 ? f.decimal(x, { digits: 6, trim: true }) : f.sci(x, { digits: 4 }));
const turnsText = (n: number, f: Format) => (n === 0 ? '0' : Math.abs(n) < 1e-3 ? f.sci(n, { digits: 2 }) : f.decimal(n, { digits: 3 }));
const lambda = (x: number, f: Format) => f.decimal(x, { digits: 3 });
const rad = (x: number, f: Format) => `${f.decimal(x, { digits: 3 })} rad`;
const angle = (x: number, f: Format) => `${rad(x, f)} (${f.decimal(toDegrees(x), { digits: 1 })}°)`;
const shiftText = (d: number, f: Format) => `${d > 0 ? '+' : ''}${f.int(d)}`;
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

function difference(d: number | null, f: Format): string {
  if (d === null) return 'float64 rounding only (under 10⁻⁹ of |q|·|k|)';
  return d === 0 ? '0 (identical to the last bit)' : `${f.sci(d, { digits: 2 })} (float64 rounding)`;
}

function describeDiagram(r: RotationOk, v: PairView, f: Format): string {
  return `Pair ${f.int(r.pair)} with q at position ${f.int(v.m)} and k at position ${f.int(v.n)}: q turned by ${rad(v.qTurned, f)}, ` +
    `k by ${rad(v.kTurned, f)}; the angle between them is ${angle(v.between, f)}, and this pair adds ${f.decimal(v.contribution, { digits: 3 })} to the score.`;
}

export const en: RopeRotationMessages = {
  title: 'Rotate a query and a key',
  summary: 'Turn one dimension pair of a query and a key with RoPE at any two positions up to 131,071, and see the full-head score qₘ·kₙ stay the same when both positions shift together.',

  position: {
    m: { label: 'Query position m', fieldLabel: 'm, exact' },
    n: { label: 'Key position n', fieldLabel: 'n, exact' },
  },
  positionValue: (p, f) => `position ${f.int(p)}`,
  baseLegend: 'Base b (rope_theta in the code)',
  baseOption: (choice, f) => (choice === 'custom' ? 'Custom' : `${f.int(BASE[choice])} · ${choice === 'llama2' ? 'Llama 2' : 'Llama 3'}`),
  customBaseLabel: 'Custom base',
  customBaseHint: (min, max, e, f) =>
    `From ${num(min, f)} to ${f.sci(max, { bareOne: true })} (decimals, 1e6 or 500k are accepted). At ${num(min, f)} even the slowest pair turns every ` +
    `${f.decimal(e.slowestWavelengthAtMin, { digits: 1 })} positions; at ${f.sci(max, { bareOne: true })} it turns ${f.sci(e.slowestTurnsAtMax, { digits: 1 })} of a turn over positions 0 to 131,071.`,
  pairLabel: 'Pair i (dimensions 2i and 2i + 1)',
  pairValue: (i, f) => `${f.int(i)} · dims ${f.int(2 * i)}, ${f.int(2 * i + 1)}`,
  pairValueText: (i, w, f) => `pair ${f.int(i)} of 0 to ${f.int(PAIRS - 1)}, dimensions ${f.int(2 * i)} and ${f.int(2 * i + 1)}, wavelength ${lambda(w, f)} positions`,
  seedLabel: 'Seed of q and k',
  newSeed: 'New q and k',
  shiftLabel: 'Shift both by Δ',
  shiftFieldLabel: 'Δ, exact',
  shiftValue: (d, f) => `${shiftText(d, f)} ${plural(Math.abs(d), 'position', 'positions')}`,
  fieldError: (key, { failure, value, min, max }, f) => {
    const label = FIELD[key];
    const range = `from ${num(min, f)} to ${num(max, f)}`;
    const whole = key === 'base' ? 'a number' : 'a whole number';
    switch (failure) {
      case 'tooLong': return `${label}: that is too long. Type ${whole} ${range}.`;
      case 'tooSmall':
      case 'tooLarge': return `${label} must be ${range}${value === undefined ? '' : `; that is ${num(value, f)}`}.`;
      case 'fraction': return `${label} must be a whole number ${range}.`;
      default: {
        const hint = key === 'base' ? ' (digits, decimals, 1e6 or 500k)' : key === 'seed' ? ' (digits only)' : ' (digits, or K = 1,024, e.g. 8K)';
        return `${label}: type ${whole} ${range}${hint}.`;
      }
    }
  },
  adjustShift: (min, max, f) =>
    `keeps m\u00a0+\u00a0Δ and n\u00a0+\u00a0Δ within 0 to 131,071: ${min === max ? `here only Δ = ${f.int(min)} does` : `here Δ can be ${f.int(min)} to ${f.int(max)}`}`,

  impossible: 'These settings are out of range, so nothing is computed.',
  issue: (i, f) => `${i.field} must be ${i.integer ? 'a whole number' : 'a number'} from ${num(i.min, f)} to ${num(i.max, f)}.`,
  impossibleAnnounced: (issues) => `Out of range: ${issues.join(' ')}`,

  pairHeading: (r, f) => `Pair ${f.int(r.pair)}: dimensions ${f.int(2 * r.pair)} and ${f.int(2 * r.pair + 1)} of q and k`,
  pairFrequency: (r, f) =>
    `θ${sub(r.pair)} = b^(−2i/d) = ${num(r.base, f)}^(${r.pair === 0 ? '0' : `−${f.int(2 * r.pair)}`}/${f.int(HEAD_DIM)}) = ${freq(r.theta, f)} rad per position; ` +
    `wavelength λ = 2π/θ = ${lambda(r.wavelength, f)} positions (one full turn).`,
  pairTurns: (r, f) =>
    `Turns completed: ${turnsText(r.turnsAtM, f)} at m = ${f.int(r.m)}, ${turnsText(r.turnsAtN, f)} at n = ${f.int(r.n)}; ` +
    r.turnsIn.map((t) => `${turnsText(t.turns, f)} within ${f.int(t.context)} positions`).join(', ') + ' (with the unscaled θᵢ).',
  pairLengths: (r, f) =>
    `Lengths |q${sub(r.pair)}| = ${f.decimal(r.qNorm, { digits: 3 })} and |k${sub(r.pair)}| = ${f.decimal(r.kNorm, { digits: 3 })} at every position (the drawings show directions); ` +
    `this pair adds |q${sub(r.pair)}|·|k${sub(r.pair)}|·cos(angle between) = ${f.decimal(r.at.contribution, { digits: 3 })} to the score.`,
  frequency: freq,
  wavelength: lambda,
  turns: turnsText,
  angle,
  radians: rad,

  diagramAt: (v, f) => `At m = ${f.int(v.m)}, n = ${f.int(v.n)}`,
  diagramShifted: (v, d, f) => `Both shifted by Δ = ${shiftText(d, f)}: m = ${f.int(v.m)}, n = ${f.int(v.n)}`,
  diagramReadout: (v, f) => `Turned: q ${rad(v.qTurned, f)}, k ${rad(v.kTurned, f)}`,
  diagramBetween: (v, f) => `Between: ${angle(v.between, f)}`,
  qLabel: 'q',
  kLabel: 'k',
  legend: 'Solid arrow: q at position m. Dashed arrow, open head: k at position n. Dotted: both at position 0. The arc is the angle between them.',
  describeDiagram,

  shiftHeading: 'Shift both positions: the score stays',
  shiftIntro: (f) => `Adding the same Δ to m and n turns q and k of every pair by the same extra angle Δ·θᵢ, so the angles between them, and the score over all ${f.int(HEAD_DIM)} dimensions, stay the same: only m\u00a0−\u00a0n matters.`,
  scoresCaption: (f) => `Full-head scores qₘ·kₙ over all ${f.int(HEAD_DIM)} dimensions`,
  scoreAt: (r, f) => `qₘ·kₙ at m = ${f.int(r.m)}, n = ${f.int(r.n)}`,
  scoreShifted: (r, f) => `At m\u00a0+\u00a0Δ = ${f.int(r.shifted.m)}, n\u00a0+\u00a0Δ = ${f.int(r.shifted.n)}`,
  scoreDifference: 'Difference (second − first)',
  scoreOffsetOnly: (r, f) => `From the offset alone: q turned by m\u00a0−\u00a0n = ${f.int(r.m - r.n)}, k not turned`,
  scoreKeyOnly: (r, f) => `Only the key moved: m = ${f.int(r.m)}, n\u00a0+\u00a0Δ = ${f.int(r.scores.keyOnly.n)}`,
  difference,
  keyOnlyChange: (c, f) => `${f.signed(c, { digits: 3 })} from the first`,
  verdict: (r, f, exact) => {
    const { scores } = r;
    if (r.shift === 0) return 'With Δ = 0 there is nothing to compare yet: set a shift.';
    const same = !exact ? 'the scores agree up to float64 rounding, not RoPE' : scores.difference === 0
      ? 'the scores are identical to the last bit'
      : `the scores agree to ${f.sci(Math.abs(scores.difference), { digits: 2 })}, ${f.sci(Math.abs(scores.difference) / scores.scale, { digits: 2 })} of the largest possible score |q|·|k| = ${f.decimal(scores.scale, { digits: 1 })}: float64 rounding, not RoPE`;
    return `Both shifted: m\u00a0−\u00a0n is still ${f.int(r.m - r.n)}, and ${same}. Only the key moved: m\u00a0−\u00a0n becomes ${f.int(r.m - scores.keyOnly.n)}, and the score changes.`;
  },
  note: (n, f) => {
    switch (n.code) {
      case 'shiftLimited':
        return `Δ = ${shiftText(n.asked, f)} would move a position outside 0 to 131,071, so Δ = ${shiftText(n.used, f)} is used ` +
          `(${n.min === n.max ? `for these positions no other shift keeps both in range` : `for these positions Δ can be ${f.int(n.min)} to ${f.int(n.max)}`}).`;
      case 'beyondContext':
        return n.model === 'llama2'
          ? `Llama 2 was trained on ${f.int(n.context)} positions; position ${f.int(n.position)} is past them. Here that is arithmetic only: the identity holds at any position.`
          : `Llama 3 (April 2024) was trained on sequences of ${f.int(n.context)} tokens; position ${f.int(n.position)} is past them. ` +
            'Llama 3.1 reads up to 131,072 positions with its slower pairs rescaled (a rule in Meta’s code, not in the report); ' +
            'this widget turns every pair by the unscaled θᵢ. The identity holds for any frequencies.';
    }
  },

  dialsHeading: (m, f) => `All ${f.int(PAIRS)} pairs at position m = ${f.int(m)}`,
  dialsHint: 'Each hand points at m·θᵢ; the wedge is the part of the current turn done. Pair 0 turns one radian per position and spins as m moves; the last pairs barely move. Select a dial (arrow keys; ↑ and ↓ move a row) to show its pair above.',
  dialsLabel: (m, f) => `Pairs 0 to ${f.int(PAIRS - 1)} at position m = ${f.int(m)}`,
  dialName: (i, d, m, f) =>
    `Pair ${f.int(i)}: wavelength ${lambda(d.wavelength, f)} positions; ${turnsText(d.turns, f)} turns at m = ${f.int(m)}; hand at ${f.decimal(toDegrees(d.angle), { digits: 1 })}°`,

  dataSummary: (m, n, f) => `Data: all ${f.int(PAIRS)} pairs at m = ${f.int(m)}, n = ${f.int(n)}`,
  dataScroll: 'Every pair: frequency, wavelength, turns and its term of the score',
  dataCaption: (r, f) => `Every pair at base ${num(r.base, f)}: θᵢ, wavelength, turns and angle at m = ${f.int(r.m)}, and its term of qₘ·kₙ at m = ${f.int(r.m)}, n = ${f.int(r.n)}`,
  dataColumns: ['Pair i', 'Dimensions', 'θᵢ (rad per position)', 'λᵢ (positions)', 'Turns at m', 'Angle at m (°)', 'Term of qₘ·kₙ'],
  dimsCell: (i, f) => `${f.int(2 * i)}, ${f.int(2 * i + 1)}`,
  dataTotal: 'Sum: qₘ·kₙ',

  sources: (r, f) => [
    `Bases: ${f.int(BASE.llama3)} for Llama 3 (`, { cite: 'Report §3.2, Table 3' },
    `), ${f.int(BASE.llama2)} for Llama 2 (its code: precompute_freqs_cis, theta=10000.0); head dimension ${f.int(HEAD_DIM)} (`, { cite: 'Report Table 3' },
    `). q and k: ${f.int(HEAD_DIM)} numbers each from N(0, 1), seed ${f.int(r.seed)}, not a trained model’s. The score is the dot product before attention’s 1/√${f.int(HEAD_DIM)}. ` +
    `Pairs (2i, 2i + 1) as in Meta’s code; Hugging Face’s rotate_half pairs (i, i + ${f.int(PAIRS)}) after permuting W_q and W_k, with the same scores. Float64.`,
  ],

  announce: (r, f) =>
    `Pair ${f.int(r.pair)}, m = ${f.int(r.m)}, n = ${f.int(r.n)}: angle between q and k ${angle(r.at.between, f)}. ` +
    `Score ${f.decimal(r.scores.at, { digits: 6 })}; both shifted by ${shiftText(r.shift, f)}: ${f.decimal(r.scores.shifted, { digits: 6 })}, difference ${r.scores.difference === 0 ? '0' : f.sci(r.scores.difference, { digits: 2 })}.`,
};

/** A pair index as a subscript: θ₁₆. */
function sub(i: number): string {
  return String(i).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]!);
}

export default words(messages, 'en', en);
