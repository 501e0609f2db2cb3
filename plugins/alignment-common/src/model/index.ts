export * from './results';
export * from './api';
