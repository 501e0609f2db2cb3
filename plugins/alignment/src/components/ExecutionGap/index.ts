export { ExecutionGapCard } from './ExecutionGapCard';
