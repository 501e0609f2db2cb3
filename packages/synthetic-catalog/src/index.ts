/**
 * Dev only: deterministic synthetic catalogs for Lodestar's benchmarks, and
 * a catalog module that loads one into a real catalog backend. The demo
 * backend adds the module only when `LODESTAR_SYNTHETIC_CATALOG` is set.
 *
 * @packageDocumentation
 */
export { catalogModuleSyntheticEntities as default } from './module';
export {
  generateCatalog,
  OBJECTIVES,
  type GeneratedCatalog,
} from './generateCatalog';
export {
  BENCH_PRINCIPLES,
  CUSTOM_OPERATORS,
  flattenFacts,
  principleEntities,
  type BenchPrinciple,
  type FlatFacts,
} from './principles';
export {
  GENERATION_ANNOTATION,
  SyntheticEntityProvider,
} from './SyntheticEntityProvider';
export {
  CHANGING_PRINCIPLE,
  PRINCIPLE_GENERATION_ANNOTATION,
} from './principleChanges';
export { toProvidedEntity, SYNTHETIC_LOCATION } from './toProvidedEntity';
export { syntheticCampaigns } from './campaigns';
