// Facts of the report's §3.3 (infrastructure, scaling, reliability) that the training-at-scale chapter and its
// widgets show, each with its source (shared/reference/llama3-facts-2.md §I.1–I.7 and §P; llama3-facts.md §A.1, §B.3).
// Derived values (sums, shares, rates) are NOT stored here: src/lib/llama/parallelism.ts and src/lib/reliability.ts
// compute them from these inputs, and their tests pin the results.
import type { Fact } from './facts';

export { FIGURE_5_GROUPS, TABLE_4, type Table4Row } from './longContext';

// ——— The cluster, [P] §3.3.1 ———

/** "Llama 3 405B is trained on up to 16K H100 GPUs" ([P] §3.3.1); 16K = 16,384 as Table 4 prints it. */
export const MAX_TRAINING_GPUS: Fact = { value: 16_384, cite: 'Report §3.3.1, Table 4' };
/** GPUs per server: "Each server is equipped with eight GPUs and two CPUs" (NVLink inside the server). */
export const GPUS_PER_SERVER: Fact = { value: 8, cite: 'Report §3.3.1' };
/** "each rack hosts 16 GPUs split between two servers" (one Minipack2 top-of-rack switch). */
export const GPUS_PER_RACK: Fact = { value: 16, cite: 'Report §3.3.1' };
/** "192 such racks are connected by Cluster Switches to form a pod of 3,072 GPUs with full bisection bandwidth". */
export const RACKS_PER_POD: Fact = { value: 192, cite: 'Report §3.3.1' };
/** "eight such pods … are connected via Aggregation Switches to form a cluster of 24K GPUs". */
export const PODS_PER_CLUSTER: Fact = { value: 8, cite: 'Report §3.3.1' };
/** The aggregation layer's "oversubscription ratio of 1:7". */
export const AGGREGATION_OVERSUBSCRIPTION: Fact = { value: 7, cite: 'Report §3.3.1' };
/** "Both RoCE and Infiniband clusters leverage 400 Gbps interconnects between GPUs", bits per second. */
export const GPU_LINK_BITS_PER_SECOND: Fact = { value: 400e9, cite: 'Report §3.3.1' };
/** "our collective library creates 16 network flows between two GPUs, instead of just one". */
export const FLOWS_PER_GPU_PAIR: Fact = { value: 16, cite: 'Report §3.3.1' };
/** Per-GPU power: "each running at 700W TDP with 80GB HBM3". */
export const GPU_TDP_WATTS: Fact = { value: 700, cite: 'Report §3.3.1' };

/** Tectonic storage: "240 PB of storage out of 7,500 servers equipped with SSDs" (bytes, decimal). */
export const STORAGE_BYTES: Fact = { value: 240e15, cite: 'Report §3.3.1' };
/** Storage servers behind those 240 PB. */
export const STORAGE_SERVERS: Fact = { value: 7_500, cite: 'Report §3.3.1' };
/** "a sustainable throughput of 2 TB/s and a peak throughput of 7 TB/s", bytes per second. */
export const STORAGE_THROUGHPUT: Fact<{ sustained: number; peak: number }> = {
  value: { sustained: 2e12, peak: 7e12 },
  cite: 'Report §3.3.1',
};
/** "Checkpointing saves each GPU's model state, ranging from 1 MB to 4 GB per GPU", bytes (decimal). */
export const CHECKPOINT_BYTES_PER_GPU: Fact<{ min: number; max: number }> = {
  value: { min: 1e6, max: 4e9 },
  cite: 'Report §3.3.1',
};

// ——— Throughput, [P] §3.3.2, Table 4 and the model card ———

/**
 * Dense BF16 peak of an H100 SXM, FLOP/s. NVIDIA's datasheet prints 1,979 TFLOPS "with sparsity" and says dense is
 * half. The report does not say which peak its MFU uses (facts-2 §I.2, §Q): every page that divides by this says so.
 */
export const H100_PEAK_BF16_DENSE: Fact = {
  value: 1_979e12 / 2,
  cite: 'NVIDIA H100 Tensor Core GPU datasheet (H100 SXM: BF16 Tensor Core 1,979 TFLOPS with sparsity; dense is half)',
};
/** "an overall BF16 Model FLOPs Utilization (MFU …) of 38-43% for the configurations shown in Table 4". */
export const MFU_RANGE: Fact<{ min: number; max: number }> = { value: { min: 0.38, max: 0.43 }, cite: 'Report §3.3.2' };
/** Llama 3.1 405B's training time on H100-80GB: 30.84M GPU-hours ([LM] llama3_1/MODEL_CARD.md). */
export const GPU_HOURS_405B: Fact = { value: 30.84e6, cite: 'Llama 3.1 model card (Meta, llama-models)' };
/** The same card's GPU-hours for 8B and 70B, and the 39.3M total of the three. */
export const GPU_HOURS_LLAMA31: Fact<{ '8b': number; '70b': number; '405b': number; total: number }> = {
  value: { '8b': 1.46e6, '70b': 7.0e6, '405b': 30.84e6, total: 39.3e6 },
  cite: 'Llama 3.1 model card (Meta, llama-models)',
};

// ——— Reliability, [P] §3.3.4 and Table 5 ———

/** "higher than 90% effective training time": useful training time over elapsed time. */
export const EFFECTIVE_TRAINING_TIME_MIN: Fact = { value: 0.9, cite: 'Report §3.3.4' };
/** "During a 54-day snapshot period of pre-training" (a snapshot, not the whole run; facts-2 §P.2). */
export const SNAPSHOT_DAYS: Fact = { value: 54, cite: 'Report §3.3.4' };
/** "we experienced a total of 466 job interruptions. Of these, 47 were planned … The remaining 419 were unexpected". */
export const INTERRUPTIONS: Fact<{ total: number; planned: number; unexpected: number }> = {
  value: { total: 466, planned: 47, unexpected: 419 },
  cite: 'Report §3.3.4',
};
/** "significant manual intervention was required only three times during this period". */
export const MANUAL_INTERVENTIONS: Fact = { value: 3, cite: 'Report §3.3.4' };
/** "a diurnal 1-2% throughput variation based on time-of-day" (higher mid-day temperatures, DVFS). */
export const DIURNAL_VARIATION: Fact<{ min: number; max: number }> = { value: { min: 0.01, max: 0.02 }, cite: 'Report §3.3.4' };
/** "Approximately 78% of the unexpected interruptions are attributed to confirmed hardware issues" (as printed). */
export const HARDWARE_SHARE_PRINTED: Fact = { value: 0.78, cite: 'Report §3.3.4' };
/** "GPU issues are the largest category, accounting for 58.7% of all unexpected issues" (as printed). */
export const GPU_SHARE_PRINTED: Fact = { value: 0.587, cite: 'Report §3.3.4' };

export const TABLE_5_CATEGORIES = ['gpu', 'dependency', 'network', 'maintenance', 'host', 'unknown'] as const;
export type Table5Category = (typeof TABLE_5_CATEGORIES)[number];

/** One row of Table 5: the component, the report's category, the count and the percentage as printed. */
export interface Table5Row {
  /** Stable key for catalogues (the widget words the component in each language). */
  id: string;
  /** The component as the report prints it. */
  component: string;
  category: Table5Category;
  count: number;
  /** "% of Interruptions" as printed, in percent (148 → 30.1 is the printed typo). */
  printedPercent: number;
}

/**
 * Table 5, "Root-cause categorization of unexpected interruptions during a 54-day period of Llama 3 405B
 * pre-training", as printed. The counts sum to 419; the printed percentages to 94.9, because "Faulty GPU" prints 30.1%
 * where 148/419 is 35.3% (facts-2 §I.7, §P.1).
 */
export const TABLE_5: Fact<readonly Table5Row[]> = {
  value: [
    { id: 'faultyGpu', component: 'Faulty GPU', category: 'gpu', count: 148, printedPercent: 30.1 },
    { id: 'hbm3', component: 'GPU HBM3 Memory', category: 'gpu', count: 72, printedPercent: 17.2 },
    { id: 'softwareBug', component: 'Software Bug', category: 'dependency', count: 54, printedPercent: 12.9 },
    { id: 'networkSwitch', component: 'Network Switch/Cable', category: 'network', count: 35, printedPercent: 8.4 },
    { id: 'hostMaintenance', component: 'Host Maintenance', category: 'maintenance', count: 32, printedPercent: 7.6 },
    { id: 'sram', component: 'GPU SRAM Memory', category: 'gpu', count: 19, printedPercent: 4.5 },
    { id: 'gsp', component: 'GPU System Processor', category: 'gpu', count: 17, printedPercent: 4.1 },
    { id: 'nic', component: 'NIC', category: 'host', count: 7, printedPercent: 1.7 },
    { id: 'ncclWatchdog', component: 'NCCL Watchdog Timeouts', category: 'unknown', count: 7, printedPercent: 1.7 },
    { id: 'sdc', component: 'Silent Data Corruption', category: 'gpu', count: 6, printedPercent: 1.4 },
    { id: 'thermal', component: 'GPU Thermal Interface + Sensor', category: 'gpu', count: 6, printedPercent: 1.4 },
    { id: 'ssd', component: 'SSD', category: 'host', count: 3, printedPercent: 0.7 },
    { id: 'powerSupply', component: 'Power Supply', category: 'host', count: 3, printedPercent: 0.7 },
    { id: 'chassis', component: 'Server Chassis', category: 'host', count: 2, printedPercent: 0.5 },
    { id: 'ioBoard', component: 'IO Expansion Board', category: 'host', count: 2, printedPercent: 0.5 },
    { id: 'dependency', component: 'Dependency', category: 'dependency', count: 2, printedPercent: 0.5 },
    { id: 'cpu', component: 'CPU', category: 'host', count: 2, printedPercent: 0.5 },
    { id: 'systemMemory', component: 'System Memory', category: 'host', count: 2, printedPercent: 0.5 },
  ],
  cite: 'Report Table 5',
};

/** The one row whose printed percentage does not equal count/419 to one decimal (facts-2 §P.1). */
export const TABLE_5_TYPO_ROW = 'faultyGpu';
