export { DriftOverviewPage } from './DriftOverviewPage';
