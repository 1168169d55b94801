// Early warning on managed subjects (issue 7 §3–4): indicator sets, their pure computations over fact rows, the score.
export * from './facts';
export * from './definitions';
export * from './compute';
export { DEFAULT_INDICATOR_SET, PREVIOUS_DEFAULT_SETS } from './default-set';
export { vsicSection, VSIC_SECTIONS } from './vsic';
