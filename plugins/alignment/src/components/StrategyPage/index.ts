export { StrategyPageContent } from './StrategyPageContent';
