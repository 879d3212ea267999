// The training-at-scale chapter's numbers against the reference values of shared/reference/llama3-facts-2.md
// §I.1–I.7 and §P.1–P.4, llama3-facts.md §B.3 and §G.5, and next-chapters-design.md §2.4, as both languages print them.
import { describe, expect, it } from 'vitest';
import { formatFor } from '../lib/format';
import { expectedEfficiency, firstOrderWaste, simulate, youngInterval } from '../lib/reliability';
import { FIGURE_6, trainingAtScaleNumbers } from './trainingAtScale';

const n = trainingAtScaleNumbers(formatFor('en'));
const zh = trainingAtScaleNumbers(formatFor('zh'));

describe('training-at-scale chapter numbers (English formatting)', () => {
  it('the frame: up to 16,384 GPUs, 3.8 × 10²⁵ FLOPs, 30.84M GPU-hours (facts §A.1, §B.3)', () => {
    expect([n.maxGpus, n.compute405, n.cardHours, n.tokens405]).toEqual(['16,384', '3.8 × 10²⁵', '30.84M', '15.6T']);
  });

  it('the cluster: 16 × 192 = 3,072 per pod, × 8 = 24,576 ("24K"), 16K is 66.7% of it (facts-2 §I.1)', () => {
    expect([n.tdp, n.hbm, n.gpusPerServer, n.gpusPerRack, n.serversPerRack]).toEqual(['700', '80 GB', '8', '16', '2']);
    expect([n.racksPerPod, n.gpusPerPod, n.pods, n.clusterGpus]).toEqual(['192', '3,072', '8', '24,576']);
    expect([n.usedShare, n.podsFor16k, n.oversubscription]).toEqual(['66.7%', '5.33', '7']);
    expect([n.linkGbps, n.linkGBps, n.flows, n.gpuPowerMW]).toEqual(['400', '50 GB', '16', '11.5']);
    expect([n.storage, n.storageServers, n.sustained, n.peakThroughput]).toEqual(['240 PB', '7,500', '2 TB/s', '7 TB/s']);
    expect([n.ckptMin, n.ckptMax]).toEqual(['1 MB', '4 GB']);
  });

  it('checkpoint brackets: 4 GB × 16,384 = 65.5 TB (32.8 s at 2 TB/s, 9.36 s at 7); 14 B × 405.85B = 5.68 TB (2.84 s) (design §2.4)', () => {
    expect(n.raw.ckpt.maxBurstBytes).toBe(4e9 * 16_384);
    expect([n.ckptMaxBurst, n.ckptMaxBurstSeconds, n.ckptMaxBurstPeakSeconds]).toEqual(['65.5 TB', '32.8 s', '9.36 s']);
    expect(n.raw.ckpt.fullStateBytes).toBe(14 * 405_853_388_800);
    expect([n.fullState, n.fullStateSeconds, n.fullStateGpus]).toEqual(['5.68 TB', '2.84 s', '72']);
  });

  it('rank layout: Figure 5 (GPU0/1 TP, 0/2 CP, 0/4 PP, 0/8 DP); Table 4 row 1 replicas of 128 GPUs, 24 per pod', () => {
    expect(n.fig5Groups).toEqual({ tp: ['0', '1'], cp: ['0', '2'], pp: ['0', '4'], dp: ['0', '8'] });
    expect(n.fig5Strides).toEqual({ cp: '2', pp: '4', dp: '8' });
    expect([n.replica1, n.replica1Racks, n.replicasPerPod, n.replica3]).toEqual(['128', '8', '24', '2,048']);
    expect(n.row1Strides).toEqual({ pp: '8', dp: '128' });
    expect(n.dpSpanPods).toBe('2.67');
  });

  it('Table 4: rows 1–2 hold 16,777,216 tokens; row 3 multiplies to 8,192 GPUs and 8,388,608 tokens, DP = 8 fixes both (facts §G.5, facts-2 §P.3)', () => {
    expect([n.row1.tokens, n.row2.tokens, n.tokensPerBatch]).toEqual(['16,777,216', '16,777,216', '16M']);
    expect([n.row3.gpus, n.row3.product, n.row3.tokens]).toEqual(['16,384', '8,192', '8,388,608']);
    expect([n.row3.fixedDp, n.row3.fixedProduct, n.row3.fixedTokens]).toEqual(['8', '16,384', '16,777,216']);
    expect(n.row3.tokensPerGpu).toBe('8,192');
  });

  it('memory at row 1, first pipeline rank: 6.9 + 0.216 + 0.647 + 54.3 = 62.1 GB under the stated assumptions', () => {
    const params = 3_187_671_040 + 262_144 + 262_668_288; // by hand in parallelism.test.ts
    expect(n.raw.mem.params).toBe(params);
    expect(n.raw.mem.weights).toBe(2 * params);
    expect(n.raw.mem.gradients).toBe((4 * params) / 64);
    expect(n.raw.mem.optimizer).toBe((12 * params) / 64);
    expect(n.raw.mem.activations).toBe((414_216 / 8) * 8192 * 128);
    expect([n.mem.layersPerRank, n.mem.params, n.mem.weights, n.mem.gradients, n.mem.optimizer]).toEqual(['8', '3.45B', '6.9 GB', '216 MB', '647 MB']);
    expect([n.mem.actPerTokenLayer, n.mem.actPerLayer, n.mem.microInFlight, n.mem.layersInFlight]).toEqual(['414,216', '424 MB', '16', '128']);
    expect([n.mem.activations, n.mem.total, n.mem.headroom]).toEqual(['54.3 GB', '62.1 GB', '17.9 GB']);
    expect([n.mem.accumulatedTotal, n.mem.interleavedLayers, n.mem.interleavedTotal]).toEqual(['75.6 GB', '188', '87.5 GB']);
    expect(n.mem.weightsSaved).toBe('6.79 GB');
    expect(n.raw.mem.total).toBeLessThan(80e9);
    expect(n.raw.memInterleaved.total).toBeGreaterThan(80e9);
  });

  it('bubble (PP − 1)/(V·M): Figure 6 (4, 2, 10) 15%; PP 16 at M 32: 46.9% / 23.4%; at M 16: 93.8% / 46.9% (design §2.4)', () => {
    expect(FIGURE_6.value).toEqual({ pp: 4, v: 2, n: 5, m: 10 });
    expect(n.bubble).toEqual({ figure6: '15%', row1V1: '46.9%', row1V2: '23.4%', row2V1: '93.8%', row2V2: '46.9%' });
    expect([n.chunksHint, n.chunksPerRankHint]).toEqual(['128', '8']);
  });

  it('MFU: 430/400/380 TFLOP/s are 43.5/40.4/38.4% of 989.5; 41% needs 405.7 (facts-2 §I.2, §P.4)', () => {
    expect(n.peakTflops).toBe('989.5');
    expect(n.mfuDatasheet).toEqual(['43.5%', '40.4%', '38.4%']);
    expect(n.printedMfu).toEqual(['43%', '41%', '38%']);
    expect(n.tflopsForPrinted41).toBe('405.7');
    expect([n.mfuRangeText, n.diurnalText]).toEqual(['38–43%', '1–2%']);
  });

  it('PaLM FLOPs per token: 6N = 2.435 × 10¹²; attention 7.7% at 8,192 and 57.1% at 131,072 (design §2.3)', () => {
    expect(n.raw.f6N).toBe(6 * 405_853_388_800);
    expect(n.raw.fullAt8k).toBe(6 * 405_853_388_800 + 12 * 126 * 128 * 128 * 8192);
    expect([n.sixN, n.attnShare8k, n.attnShare128k]).toEqual(['2.435 × 10¹²', '7.7%', '57.1%']);
  });

  it('tokens per second and step times (PaLM count: 1.34M, 12.6 s; 2.48M, 6.75 s; row 3 as printed 1.10M, 15.3 s)', () => {
    expect(n.tokensPerSecondPalm).toEqual(['1.34M', '2.48M', '1.10M']);
    expect(n.tokensPerSecondSixN).toEqual(['1.45M', '2.69M', '2.56M']);
    expect(n.stepPalm).toEqual(['12.6 s', '6.75 s']);
    expect(n.row3PrintedStepPalm).toBe('15.3 s');
    expect(n.raw.rows[0]!.tokensPerSecond.palm).toBeCloseTo((8192 * 430e12) / (6 * 405_853_388_800 + 12 * 126 * 128 * 128 * 8192), 3);
  });

  it('3.8 × 10²⁵ on 16,384 GPUs at the datasheet peak: 63–71 days, 24.8M–28.1M GPU-hours; the card averages 342 TFLOP/s (facts §B.3)', () => {
    expect(n.run.flops).toBe('3.799 × 10²⁵');
    expect([n.run.highDays, n.run.midDays, n.run.lowDays]).toEqual(['63', '66', '71']);
    expect([n.run.highHours, n.run.midHours, n.run.lowHours]).toEqual(['24.8M', '26.0M', '28.1M']);
    expect([n.cardAverage, n.cardAverageMfu, n.cardDaysAt16k, n.cardOverMid]).toEqual(['342', '34.6%', '78', '1.19×']);
    expect(n.raw.cardAverage).toBeCloseTo(3.8e25 / (30.84e6 * 3600), 0);
  });

  it('interruptions: 466 = 47 + 419 in 54 days; one unexpected every 3.09 h, any every 2.78 h (facts-2 §I.7, §P.2)', () => {
    expect(n.interruptions).toEqual({ total: '466', planned: '47', unexpected: '419' });
    expect([n.days, n.snapshotHours, n.unexpectedPerDay, n.plannedPerDay]).toEqual(['54', '1,296', '7.76', '0.87']);
    expect([n.mtbf, n.mtbAll, n.manual]).toEqual(['3.09', '2.78', '3']);
  });

  it('Table 5: 419; printed sum 94.9; Faulty GPU 148 printed 30.1% is 35.3%; sum then 100.1; GPU 268 = 64.0% not 58.7% (facts-2 §P.1)', () => {
    expect([n.total5, n.printedSum, n.correctedSum]).toEqual(['419', '94.9', '100.1']);
    expect([n.typoCount, n.typoPrinted, n.typoShare]).toEqual(['148', '30.1%', '35.3%']);
    expect([n.gpuCount, n.gpuShare, n.gpuPrinted, n.gpuPrintedRowsSum]).toEqual(['268', '64.0%', '58.7%', '58.7%']);
    expect(n.categories).toEqual({
      gpu: { count: '268', share: '64.0%' }, dependency: { count: '56', share: '13.4%' },
      network: { count: '35', share: '8.4%' }, maintenance: { count: '32', share: '7.6%' },
      host: { count: '21', share: '5.0%' }, unknown: { count: '7', share: '1.7%' },
    });
  });

  it('"≈78%" is not reproducible: 321 (76.6%), 356 with network (85.0%), 328 with the watchdogs (78.3%); 9.0 GPU-years if 16,384 GPUs', () => {
    expect([n.hw3Count, n.hw3Share, n.hwWithNetworkCount, n.hwWithNetworkShare]).toEqual(['321', '76.6%', '356', '85.0%']);
    expect([n.hwWithUnknownCount, n.hwWithUnknownShare, n.hwPrinted]).toEqual(['328', '78.3%', '78%']);
    expect(n.perGpuYearsIf16k).toBe('9.0');
  });

  it('checkpoints: Young at δ = 2.84 s and 32.8 s with M = 3.09 h; the restart time ">90%" allows (first order)', () => {
    expect(n.ckptSmall).toEqual({ write: '2.84 s', tau: '4.19 min', waste: '2.3%', restartMax: '12.9 min' });
    expect(n.ckptLarge).toEqual({ write: '32.8 s', tau: '14.2 min', waste: '7.7%', restartMax: '3.89 min' });
    // At Young's interval writing and redone work cost √(2δ/M) together.
    const { write, tau, wasteNoRestart } = n.raw.ckptLarge;
    expect(tau).toBeCloseTo(youngInterval(write, n.raw.mtbf), 12);
    expect(wasteNoRestart).toBeCloseTo(Math.sqrt((2 * write) / n.raw.mtbf), 12);
    // The restart bound puts the first-order efficiency, with restarts after all 466 interruptions, at exactly 90%.
    const rate = 466 / (54 * 24);
    expect(1 - wasteNoRestart - n.raw.ckptLarge.restartMax * rate).toBeCloseTo(0.9, 12);
    expect([n.exampleRestart, n.exampleExact, n.exampleFirst]).toEqual(['10 min', '87.8%', '86.9%']);
  });

  it('the exact formula agrees with the seeded simulation for the chapter’s example (mean of 200 runs within 0.3 points)', () => {
    const { write, tau } = n.raw.ckptLarge;
    const restart = n.raw.exampleRestart;
    const exact = expectedEfficiency(tau, write, restart, n.raw.mtbf);
    let sum = 0;
    const runs = 200;
    for (let seed = 1; seed <= runs; seed++) {
      sum += simulate({ hours: 54 * 24, failureRate: 1 / n.raw.mtbf, plannedRate: 0, interval: tau, write, restart, seed }).efficiency;
    }
    expect(Math.abs(sum / runs - exact)).toBeLessThan(0.003);
    expect(exact).toBeGreaterThan(1 - firstOrderWaste(tau, write, restart, n.raw.mtbf));
  });
});

describe('training-at-scale chapter numbers (Chinese formatting)', () => {
  it('formats the same values for the Chinese chapter, never "NaN" or "undefined"', () => {
    const flat = JSON.stringify({ ...zh, raw: undefined });
    expect(flat).not.toMatch(/NaN|undefined|Infinity/);
    expect(zh.raw).toEqual(n.raw);
    expect(zh.typoShare).toBe('35.3%');
  });
});

describe('every printed value is a string without NaN or a dash for a missing number', () => {
  it('walks the whole object', () => {
    const walk = (v: unknown, path: string): string[] => {
      if (typeof v === 'string') return /NaN|undefined|Infinity|^—$/.test(v) ? [path] : [];
      if (Array.isArray(v)) return v.flatMap((x, i) => walk(x, `${path}[${i}]`));
      if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => walk(x, `${path}.${k}`));
      return [];
    };
    const { raw: _raw, ...printed } = n;
    expect(walk(printed, 'n')).toEqual([]);
  });
});
