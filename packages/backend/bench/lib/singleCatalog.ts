import { generateCatalog } from '@lodestar/synthetic-catalog';
import { WORK_DIR } from '../workDir';
import type { BenchBackendOptions } from './BenchBackend';
import { Engine, postgresAvailable } from './databases';
import { describeMachine } from './report';

/**
 * What a benchmark over one synthetic catalog starts from, read from its
 * flags (--size, default 50000; --engine, default postgres; --campaigns,
 * active campaigns added, default none): the backend's
 * settings (backends with these settings share the catalog, so it is
 * ingested once) and the number of entities the catalog will hold. Fails
 * early when the engine does not answer; prints the machine.
 */
export async function singleCatalog(
  options: Map<string, string>,
  port: number,
): Promise<{
  settings: Omit<BenchBackendOptions, 'label'>;
  size: number;
  engine: Engine;
  total: number;
}> {
  const size = Number(options.get('size') ?? 50000);
  const campaigns = Number(options.get('campaigns') ?? 0);
  const engine = (options.get('engine') ?? 'postgres') as Engine;
  if (engine === 'postgres' && !(await postgresAvailable()))
    throw new Error(
      'PostgreSQL does not answer on 127.0.0.1:5432; pass --engine=sqlite',
    );
  console.log(`Machine: ${describeMachine()}\n`);
  return {
    settings: {
      engine,
      entities: size,
      port,
      workDir: WORK_DIR,
      dataName: `lsbench_${size}`,
      campaigns,
    },
    size,
    engine,
    total: generateCatalog(size).entities.length + campaigns,
  };
}
