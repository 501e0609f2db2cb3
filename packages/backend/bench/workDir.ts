import { resolve } from 'node:path';

/** Where benchmarks keep their databases, configs and logs (git-ignored). */
export const WORK_DIR = resolve(__dirname, '../../../data/bench');
