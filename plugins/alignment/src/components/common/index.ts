export { CheckName } from './CheckName';
export { LevelChip } from './LevelChip';
export { ScoreGauge } from './ScoreGauge';
export { StatusLabel } from './StatusLabel';
export { safeHref } from './safeHref';
export { checkLabel, shortRef } from './refs';
