export * from './types';
export * from './measureProgress';
export * from './objectiveOutcome';
export * from './objectiveMeasures';
