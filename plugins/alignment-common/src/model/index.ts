export * from './results';
export * from './api';
export * from './checkIds';
export * from './pages';
