/**
 * Demo outcome data: 90 days of labelled DORA facts and measure values,
 * written at start through the alignment backend's public API.
 */
export { demoOutcomesFeature, demoOutcomesModule } from './demoOutcomesModule';
