// Named states of vision-adapter whose view is snapshotted (src/widgets/contract.test.tsx).
import type { Examples } from '../types';
import type { fields } from './meta';

export const examples = {
  default: {},
} satisfies Examples<typeof fields>;
