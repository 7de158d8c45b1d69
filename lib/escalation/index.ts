export { nextSteps, TIDA_DEADLINE_HOURS } from './engine';
export { formatDay, formatDayTime, type RenderOptions, renderReason } from './reasons';
export type * from './types';
