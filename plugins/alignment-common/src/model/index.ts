export * from './results';
export * from './api';
export * from './strategy';
export * from './waivers';
export * from './checkIds';
export * from './pages';
export * from './outcomes';
export * from './campaigns';
