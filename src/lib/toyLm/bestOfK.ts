// Best-of-K (rejection sampling's selection rule) computed exactly on a finite response space (Beirami et al. 2024,
// "Theoretical guarantees on the best-of-n alignment policy", Lemma 1): sort the responses by the reward model's
// score, group exact ties, and with F the cumulative probability under the sampling policy π,
//   π_bon(group) = F(group)^K − F(group below)^K,
// shared inside a tie group in proportion to π. The popular formula log K − (K−1)/K is only an upper bound on
// KL(π_bon ‖ π); the win rate against a fresh sample of π is at most K/(K+1). Both bounds are here, with the exact values.

/** A policy's response distribution ordered by score, with tie groups, ready for any K. */
export interface BonPrepared {
  /** Probability mass q_g of each tie group, lowest score first. */
  mass: Float64Array;
  /** F just below each group: the mass of all lower-scored groups. */
  below: Float64Array;
  /** Group of each response id. */
  groupOf: Int32Array;
}

/**
 * Sorts responses by score (ascending) and groups exact ties. `probs` is π over response ids (it should sum to 1;
 * responses with zero probability still get a group).
 */
export function prepareBestOfK(probs: ArrayLike<number>, scores: ArrayLike<number>): BonPrepared {
  const n = probs.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]! || a - b);
  const groupOf = new Int32Array(n);
  const mass: number[] = [];
  let g = -1, last = NaN;
  for (const id of order) {
    if (g < 0 || scores[id]! !== last) {
      g += 1;
      mass.push(0);
      last = scores[id]!;
    }
    groupOf[id] = g;
    mass[g]! += probs[id]!;
  }
  const below = new Float64Array(mass.length);
  let f = 0;
  for (let i = 0; i < mass.length; i++) {
    below[i] = f;
    f += mass[i]!;
  }
  return { mass: Float64Array.from(mass), below, groupOf };
}

/**
 * F_hi^K − F_lo^K with F_hi = lo + q, computed without cancellation when q is tiny:
 * F_hi^K · (1 − (1 − q/F_hi)^K) = F_hi^K · −expm1(K·log1p(−q/F_hi)).
 */
function powerGap(lo: number, q: number, k: number): number {
  const hi = lo + q;
  if (hi <= 0 || q <= 0) return 0;
  return hi ** k * -Math.expm1(k * Math.log1p(-Math.min(1, q / hi)));
}

/** Mass best-of-K puts on each tie group (sums to F_total^K = 1 for a normalised π). */
export function bestOfKGroupMass(prep: BonPrepared, k: number): Float64Array {
  const out = new Float64Array(prep.mass.length);
  for (let g = 0; g < out.length; g++) out[g] = powerGap(prep.below[g]!, prep.mass[g]!, k);
  return out;
}

/** π_bon over response ids: the group's mass shared in proportion to π. */
export function bestOfKDistribution(probs: ArrayLike<number>, prep: BonPrepared, k: number): Float64Array {
  const groups = bestOfKGroupMass(prep, k);
  const out = new Float64Array(probs.length);
  for (let id = 0; id < out.length; id++) {
    const g = prep.groupOf[id]!, q = prep.mass[g]!;
    out[id] = q > 0 ? (groups[g]! * probs[id]!) / q : 0;
  }
  return out;
}

/** What best-of-K gives for one K, exactly. */
export interface BestOfKStats {
  k: number;
  /** KL(π_bon ‖ π), nats: Σ_g b_g·log(b_g/q_g) (the ratio is constant inside a tie group). */
  kl: number;
  /** The popular formula log K − (K−1)/K: an upper bound on `kl`, reached only without ties. */
  klBound: number;
  /** P(score(best of K) > score(fresh sample of π)) + ½·P(equal). */
  winRate: number;
  /** K/(K+1): the win rate without ties, and an upper bound with them. */
  winBound: number;
  /** E_bon[reward] for each reward given (e.g. the reward model's own score and the hidden gold reward). */
  expected: number[];
}

/** Best-of-K statistics for one K; `rewards` are per response id (e.g. [rmScores, goldRewards]). */
export function bestOfKStats(
  probs: ArrayLike<number>, prep: BonPrepared, k: number, rewards: readonly ArrayLike<number>[] = [],
): BestOfKStats {
  const groups = bestOfKGroupMass(prep, k);
  let kl = 0, winRate = 0;
  for (let g = 0; g < groups.length; g++) {
    const b = groups[g]!, q = prep.mass[g]!;
    if (b > 0 && q > 0) kl += b * Math.log(b / q);
    winRate += b * (prep.below[g]! + q / 2);
  }
  const expected = rewards.map((r) => {
    let s = 0;
    for (let id = 0; id < probs.length; id++) {
      const g = prep.groupOf[id]!, q = prep.mass[g]!;
      if (q > 0) s += ((groups[g]! * probs[id]!) / q) * r[id]!;
    }
    return s;
  });
  return { k, kl: Math.max(0, kl), klBound: Math.log(k) - (k - 1) / k, winRate, winBound: k / (k + 1), expected };
}
