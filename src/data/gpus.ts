// Accelerators that widgets compare memory and bandwidth against, with NVIDIA's published figures.
// Decimal units as the spec sheets use them: 80 GB = 80·10⁹ bytes, 3.35 TB/s = 3.35·10¹² bytes/s.
//
// Memory is the NOMINAL datasheet size (issue 9, item 11). It is what NVIDIA and the report state ("80GB HBM3",
// report §3.3.1), not what a program can allocate: the driver reports its own total for the card, and the CUDA
// context and the framework take a share of it. No usable-capacity figure is documented in the facts sheet
// (shared/reference/llama3-facts-2.md §I.1), so the site shows the nominal size and says so wherever it appears.

export type GpuId = 'h100' | 'h200';

export interface Gpu {
  id: GpuId;
  /** Display name with the form factor the figures belong to. */
  name: string;
  /** Short name for labels: "H100". */
  short: string;
  /** Nominal on-package HBM capacity from the datasheet, bytes (decimal GB × 10⁹). */
  memoryBytes: number;
  /** The nominal capacity as the site writes it: "80 GB nominal". */
  memoryLabel: string;
  /** Peak HBM bandwidth, bytes per second (decimal TB/s × 10¹²). */
  bandwidthBytesPerSecond: number;
  /** Where a reader can check the figures (report references in it become links). */
  cite: string;
  /** Key in content/references.bib. */
  bibKey: string;
}

export const GPUS: Record<GpuId, Gpu> = {
  h100: {
    id: 'h100',
    name: 'NVIDIA H100 SXM (80 GB nominal)',
    short: 'H100',
    memoryBytes: 80e9,
    memoryLabel: '80 GB nominal',
    bandwidthBytesPerSecond: 3.35e12,
    cite: 'NVIDIA H100 Tensor Core GPU datasheet (H100 SXM: 80 GB, 3.35 TB/s); Report §3.3.1 (“80GB HBM3”)',
    bibKey: 'nvidia2023h100',
  },
  h200: {
    id: 'h200',
    name: 'NVIDIA H200 SXM (141 GB nominal)',
    short: 'H200',
    memoryBytes: 141e9,
    memoryLabel: '141 GB nominal',
    bandwidthBytesPerSecond: 4.8e12,
    cite: 'NVIDIA H200 Tensor Core GPU product page (H200 SXM: 141 GB, 4.8 TB/s)',
    bibKey: 'nvidia2024h200',
  },
};

export const GPU_IDS = ['h100', 'h200'] as const satisfies readonly GpuId[];

/** One sentence on what the GPU memory figures are. */
export const GPU_MEMORY_NOTE =
  'GPU memory is the nominal size on NVIDIA’s datasheet; what a program can allocate differs (the driver reports its own total, and the CUDA context and the framework take a share).';
