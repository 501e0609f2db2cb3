export * from './types';
export * from './dora';
