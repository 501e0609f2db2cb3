export { LevelChip } from './LevelChip';
export { ScoreGauge } from './ScoreGauge';
export { StatusLabel } from './StatusLabel';
export { safeHref } from './safeHref';
export { shortRef } from './refs';
