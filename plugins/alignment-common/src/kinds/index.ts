export * from './types';
export * from './kindSchema';
export * from './schemas';
export type { ValidationProblem } from './validationProblem';
export * from './validateKind';
export * from './refs';
export { campaignCheckId } from './campaignProblems';
