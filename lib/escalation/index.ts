export { nextSteps, TIDA_DEADLINE_HOURS } from './engine';
export { type RenderOptions, renderReason } from './reasons';
export type * from './types';
