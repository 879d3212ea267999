// Shared Llama domain math, one definition each: shapes and their validation, parameter counts, the FFN width
// rule, number formats and weight bytes, FLOPs, KV-cache bytes, and the Llama 3 sizes with their Llama 2 peers.
// Facts (configs, token counts) live in src/data; everything here is derived from them or from the inputs.
export {
  allowedInBlock, causalPairs, chunkCausalPairs, cpChunks, cpRankPairs, documentOffsets, documentPairs, pairFlops,
  type CpSplit,
} from './attentionPairs';
export { DTYPE_IDS, DTYPES, weightBytes, type Dtype, type DtypeId } from './dtypes';
export { ffnBaseWidth, ffnHiddenDim } from './ffn';
export {
  ATTENTION_COUNTINGS, forwardFlopsPerToken, trainingFlops, type AttentionCounting, type ForwardFlops, type ForwardFlopsOptions,
} from './flops';
export { kvBytesPerToken, kvCacheBytes, type KvShape } from './kvCache';
export { paramBreakdown, parameterCount, type ParamBreakdown } from './params';
export {
  SHAPE_FIELDS, headDim, validateShape,
  type Bounds, type DecoderShape, type ShapeField, type ShapeIssue, type ShapeIssueCode, type ShapeRules, type ShapeValues,
} from './shape';
export { LLAMA2_PEER_OF, LLAMA3_MODEL_IDS, LLAMA3_OF, LLAMA3_SIZES, type Llama3Size } from './sizes';
export {
  applyRope, countLongerThan, criticalDimension, decayBound, dot, dynamicNtk, dynamicNtkBase, inverseFrequencies,
  llama31Frequency, llama31Scaling, ntkAware, ntkAwareBase, ntkByPartsCode, ntkByPartsPaper, onesScore, phaseErrors,
  positionInterpolation, ramp, relativeScore, ropeScore, rotate, toHalfLayout, turns, wavelength, wavelengths,
  yarnAttentionScale, yarnCorrectionRange, type Llama31Band,
} from './rope';
export { annealFactor, batchPhaseAt, cosineLr, stepsForTokens, tokensForSteps, type CosineSchedule } from './schedule';
export {
  fitParabola, fitPowerLaw, isoFlopCurve, logSpaced, parabolaMinimum, powerLaw, surfaceLoss, surfaceOptimum, tokensAt,
  type IsoFlopCurve, type LossSurface, type PowerLaw,
} from './scalingLaw';
export {
  DEFAULT_MEMORY_ASSUMPTIONS, LAYOUT_DIMS, activationBytesPerTokenLayer, bubbleFraction, coordsOf, divisors, groupOf,
  layoutGpus, memoryPerGpu, paramsOf, rankOf, rankStrides, runTime, tokensPerStep, trainingFlopsPerToken, validateLayout,
  type Coords, type Layout, type LayoutDim, type LayoutIssue, type LayoutIssueCode, type MemoryAssumptions,
  type MemoryInputs, type MemoryPerGpu, type RunTime,
} from './parallelism';
export {
  RLHF_DEFAULT_CHOICES, RLHF_DEFAULT_PRECISION, RLHF_METHODS, rlhfMemory, scalarHeadParams,
  type RlhfChoices, type RlhfMemory, type RlhfMethod, type RlhfModel, type RlhfPrecision, type RlhfRole,
} from './rlhfMemory';
export {
  MAX_TILES, VISION_PATCH, VIT_BLOCK_PARAMS, crossAttentionBlockParams, crossAttentionLayers, crossAttentionLayersHf,
  supportedCanvases, tileImage, tokensPerTile, type Tiling,
} from './vision';
