export * from './types';
export * from './schemas';
export * from './validateKind';
export * from './refs';
