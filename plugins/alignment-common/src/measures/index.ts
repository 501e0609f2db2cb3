export * from './types';
export * from './measureProgress';
