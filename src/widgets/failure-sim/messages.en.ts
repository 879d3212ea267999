// failure-sim's English words (the interface, with what each key is for: messages.ts).
import { wholeNumberError } from '../../components/kit/messages.en';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type FailureSimMessages } from './messages';
import { DAYS, RUNS, TARGET, writeBound, type Code } from './model';

const pct = (v: number, f: Format) => f.percent(v, { digits: 1 });
const mins = (m: number, f: Format) => (m < 60 ? `${f.decimal(m, { digits: 1, trim: true })} min` : `${f.decimal(m / 60, { digits: 2, trim: true })} h`);
const secs = (s: number, f: Format) => (s < 60 ? `${f.decimal(s, { digits: 1, trim: true })} s` : mins(s / 60, f));
const hours = (h: number, f: Format) => (h < 1 ? mins(h * 60, f) : `${f.decimal(h, { digits: 2, trim: true })} h`);

const CODE: Record<Code, (tauStar: string, f: Format) => string> = {
  belowTarget: () => 'Below the report’s “higher than 90%”: the report gives no checkpoint, write or restart times; these are the assumed ones’ result.',
  freeWrite: () => 'With a free checkpoint (δ = 0) τ* is 0: checkpoint as often as you can. The slider stops at 1 min.',
  optimumBelowMin: (t) => `τ* = ${t} is below the slider’s 1 min; the chart marks 1 min.`,
  optimumAboveMax: (t) => `τ* = ${t} is beyond the slider’s 24 h; the chart marks 24 h.`,
  longWrite: () => 'The write takes as long as the work between checkpoints or longer: most of the time goes to writing.',
};

export const en: FailureSimMessages = {
  title: 'Failures and checkpoints',
  summary: 'Table 5’s 419 interruptions with the shares recomputed, and a seeded 54-day job that fails at a rate you set: ' +
    'how much of its time is useful training for a given checkpoint interval, write time and restart time, against ' +
    'the closed form, Young and Daly’s optimal interval and the report’s 90%.',

  rateLabel: 'Unexpected interruptions',
  rateValue: (d, report, f) => `${f.decimal(d, { digits: 2, trim: true })} a day, every ${hours(24 / d, f)}${report ? ' (report)' : ''}`,
  ckptLabel: 'Checkpoint every τ (assumed)',
  writeLabel: 'Write time δ (assumed)',
  restartLabel: 'Restart time R (assumed)',
  minutes: mins,
  seconds: secs,
  scaleLegend: 'GPUs (failures scale with them: an assumption)',
  scaleOption: (s) => (s === '1' ? '1× (the snapshot)' : `${s}×`),
  seedLabel: 'Seed',
  seedError: (e, f) => wholeNumberError('Seed', e, f),
  anotherRun: 'Another run',

  closedHeading: 'Closed form (failures as a Poisson process)',
  closedLines: (c, s, f) => [
    `${f.decimal(c.expectedFailures, { digits: 0 })} unexpected interruptions in ${f.int(DAYS)} days (one every ${hours(c.mtbf, f)}) plus the report’s ${f.int(c.expectedPlanned)} planned ones.`,
    `Effective training time at τ = ${mins(s.ckpt, f)}: ${pct(c.efficiency, f)}.`,
    `Young/Daly: τ* = √(2·δ·MTBF) = ${c.youngMinutes > 0 ? mins(c.youngMinutes, f) : '0'}, which gives ${pct(c.atYoung, f)}${c.youngUsedMinutes !== c.youngMinutes ? ` (at ${mins(c.youngUsedMinutes, f)})` : ''}.`,
  ],
  codeMessage: (code, c, _s, f) => CODE[code](mins(c.youngMinutes, f), f),
  announce: (c, s, f) => `Effective training time ${pct(c.efficiency, f)} at τ = ${mins(s.ckpt, f)} (closed form); τ* = ${mins(c.youngMinutes, f)} gives ${pct(c.atYoung, f)}.`,

  runHeading: (seed, f) => `One run, seed ${f.int(seed)}`,
  pending: 'Simulating the runs…',
  runLine: (r, f) => `${f.int(r.failures)} unexpected and ${f.int(r.planned)} planned interruptions; the most work lost at once: ${hours(r.worstLoss, f)}.`,
  shareNames: { useful: 'Useful training', lost: 'Work lost', writing: 'Writing checkpoints', restarting: 'Restarting' },
  shareItem: (name, share, f) => `${name} ${pct(share, f)}`,
  spreadHeading: (n, f) => `${f.int(n)} runs of ${f.int(DAYS)} days`,
  spreadLine: (sp, c, f) => `Mean ${pct(sp.mean, f)} (closed form ${pct(c.efficiency, f)}); 90% of runs between ${pct(sp.p5, f)} and ${pct(sp.p95, f)}; range ${pct(sp.min, f)}–${pct(sp.max, f)}; ${f.percent(sp.aboveTarget, { digits: 0 })} of runs reach ${f.percent(TARGET, { digits: 0 })}.`,

  chartTitle: 'Effective training time against the checkpoint interval',
  chartLabel: (c, s, f) => `Line chart, checkpoint interval from 1 min to 24 h (log scale) against effective training time. The closed form peaks near τ* = ${mins(c.youngMinutes, f)} at ${pct(c.atYoung, f)}; at the chosen τ = ${mins(s.ckpt, f)} it is ${pct(c.efficiency, f)}. A dashed line marks the report’s 90%. Simulated runs are shown as points; the table below gives the values.`,
  axisTitle: 'Checkpoint interval τ (log scale)',
  minutesShort: (m, f) => (m < 60 ? `${f.int(m)} min` : `${f.int(m / 60)} h`),
  legendCurve: 'Closed form',
  legendRuns: (n, f) => `${f.int(n)} runs at τ`,
  legendSweep: 'Runs at other τ',
  legendTau: 'Chosen τ',
  legendYoung: 'τ* (Young/Daly)',
  legendTarget: 'Report: > 90%',
  targetLabel: '90% (report)',
  youngLabel: 'τ*',
  dataSummary: 'Data: effective training time by interval',
  dataColumns: { interval: 'Interval τ', closed: 'Closed form', simulated: 'Simulated mean' },
  dataRow: (kind, m, f) => (kind === 'tau' ? `${mins(m, f)} (chosen)` : kind === 'young' ? `${mins(m, f)} (τ*)` : mins(m, f)),

  timelineTitle: (seed, f) => `The run of seed ${f.int(seed)}, day by day`,
  timelineLabel: (r, f) => `Timeline of ${f.int(DAYS)} days: ${f.int(r.failures)} unexpected interruptions (upper row, bars) and ${f.int(r.planned)} planned ones (lower row, triangles).`,
  legendFailure: 'Unexpected (bar)',
  legendPlanned: 'Planned (triangle)',
  dayLabel: (d, f) => `day ${f.int(d)}`,

  t5Heading: 'Table 5: the 419 unexpected interruptions, by component',
  t5Columns: { component: 'Component', count: 'Count', share: 'Count ÷ 419', printed: 'Printed' },
  component: {
    faultyGpu: 'Faulty GPU', hbm3: 'GPU HBM3 memory', softwareBug: 'Software bug', networkSwitch: 'Network switch/cable',
    hostMaintenance: 'Host maintenance', sram: 'GPU SRAM memory', gsp: 'GPU System Processor', nic: 'NIC',
    ncclWatchdog: 'NCCL watchdog timeouts', sdc: 'Silent data corruption', thermal: 'GPU thermal interface + sensor',
    ssd: 'SSD', powerSupply: 'Power supply', chassis: 'Server chassis', ioBoard: 'IO expansion board', dependency: 'Dependency',
    cpu: 'CPU', systemMemory: 'System memory',
  },
  category: { gpu: 'GPU', dependency: 'Dependency', network: 'Network', maintenance: 'Unplanned maintenance', host: 'Host', unknown: 'Unknown' },
  categoryRow: (cat, n, share, printed, f) => `${en.category[cat]}: ${f.int(n)} = ${pct(share, f)}${Math.abs(printed - share * 100) >= 0.5 ? ` (printed ${f.percent(printed / 100, { digits: 1 })})` : ''}`,
  typoMark: 'typo',
  totalRow: 'Total',
  typoNote: () => 'Faulty GPU is printed 30.1%, but 148 ÷ 419 = 35.3% (the counts sum to exactly 419, so the percentage is the typo): the printed column sums to 94.9%, and the text’s “GPU issues … 58.7%” adds the printed GPU rows, where the counts give 268 ÷ 419 = 64.0%.',

  notesSummary: 'Notes: the model and its assumptions',
  notes: (s, _c, f) => {
    const w = writeBound();
    return [
      `The report gives 466 interruptions in a 54-day snapshot of pre-training (47 planned, 419 unexpected) and “higher than 90% effective training time”. It does not give the checkpoint interval, the write time or the restart time: the defaults here (τ = 30 min, δ = 30 s, R = 5 min) are assumptions, to be moved.`,
      `Derived arithmetic, not the report’s claim: checkpoints of up to 4 GB per GPU on ${f.int(w.gpus)} GPUs are ${f.bytes(w.bytes)}; at the stated 2 TB/s sustained that is ${secs(w.sustained, f)} (${secs(w.peak, f)} at the 7 TB/s peak). The report does not say how many GPUs ran during the 54 days.`,
      'The model: unexpected interruptions arrive at random (a Poisson process) and lose the work since the last checkpoint, then cost R; the 47 planned ones save the work first (a checkpoint, δ) and then restart (R). Training pauses while a checkpoint is written. No failure strikes during a restart.',
      'The closed form is exact for this model (one attempt at a time, a renewal argument); without planned interruptions it is τ / ((MTBF + R)·(e^((τ+δ)/MTBF) − 1)). Young (1974) and Daly (2006) give τ* = √(2·δ·MTBF), a first-order optimum, good when δ is much shorter than the MTBF.',
      `Scaling the GPUs ${s.scale === '1' ? '(2× or 4×)' : `(${s.scale}×)`} multiplies the unexpected rate, as if each GPU failed independently at the same rate: an assumption. The planned interruptions, δ and R stay as set.`,
      `The many runs use seeds ${f.int(s.seed)} to ${f.int(s.seed + RUNS - 1)} at the chosen τ, and 12 further seeds at each of nine other intervals; each run is ${f.int(DAYS)} days and ends at the first checkpoint after that.`,
      'The report’s “approximately 78%” hardware share cannot be rebuilt exactly from Table 5’s categories (GPU, host and unplanned maintenance give 321 ÷ 419 = 76.6%).',
    ];
  },
  sources: 'Sources: Llama 3 report §3.3.4 and Table 5 (interruptions), §3.3.1 (checkpoint sizes, storage throughput); Young (1974); Daly (2006).',
};

export default words(messages, 'en', en);
