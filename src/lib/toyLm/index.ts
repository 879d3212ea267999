// The toy language model shared by the post-training and DPO chapters (design §2.1.1, level 2): pure, seeded, exact.
export * from './space';
export * from './policy';
export * from './sequences';
export * from './data';
export * from './train';
export * from './bestOfK';
export * from './postTraining';
export * from './rl';
export * from './runs';
export * from './bandit';
export * from './arena';
