// Accelerators that widgets compare memory and bandwidth against, with NVIDIA's published figures.
// Decimal units as the spec sheets use them: 80 GB = 80·10⁹ bytes, 3.35 TB/s = 3.35·10¹² bytes/s.

export type GpuId = 'h100' | 'h200';

export interface Gpu {
  id: GpuId;
  /** Display name with the form factor the figures belong to. */
  name: string;
  /** Short name for labels: "H100". */
  short: string;
  /** On-package HBM capacity, bytes (decimal GB × 10⁹). */
  memoryBytes: number;
  /** Peak HBM bandwidth, bytes per second (decimal TB/s × 10¹²). */
  bandwidthBytesPerSecond: number;
  /** Where a reader can check the figures (a key in content/references.bib and its title). */
  cite: string;
  bibKey: string;
}

export const GPUS: Record<GpuId, Gpu> = {
  h100: {
    id: 'h100',
    name: 'NVIDIA H100 SXM (80 GB)',
    short: 'H100',
    memoryBytes: 80e9,
    bandwidthBytesPerSecond: 3.35e12,
    cite: 'NVIDIA H100 Tensor Core GPU datasheet (H100 SXM: 80 GB, 3.35 TB/s)',
    bibKey: 'nvidia2023h100',
  },
  h200: {
    id: 'h200',
    name: 'NVIDIA H200 SXM (141 GB)',
    short: 'H200',
    memoryBytes: 141e9,
    bandwidthBytesPerSecond: 4.8e12,
    cite: 'NVIDIA H200 Tensor Core GPU product page (H200 SXM: 141 GB, 4.8 TB/s)',
    bibKey: 'nvidia2024h200',
  },
};

export const GPU_IDS = ['h100', 'h200'] as const satisfies readonly GpuId[];
