/* eslint-disable no-console -- run by the adopter test, which reads its output. */
/*
 * Evaluates a few entities on Lodestar's evaluation worker thread, loaded
 * from the backend package as the adopter's app installed it (built, from
 * its tarball): what a whole run of more than 500 entities does. Usage:
 * node checkWorker.cjs <appDir>
 */
const path = require('node:path');

async function main() {
  const appDir = path.resolve(process.argv[2]);
  const backend = path.join(
    appDir,
    'node_modules/@lodestar/backstage-plugin-alignment-backend',
  );
  const { EvaluationWorker } = require(path.join(
    backend,
    'dist/evaluation/worker/EvaluationWorker.cjs.js',
  ));
  const { resolveAlignmentConfig } = require(require.resolve(
    '@lodestar/backstage-plugin-alignment-common',
    { paths: [backend] },
  ));
  const group = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'adopters', namespace: 'default' },
    spec: { type: 'team', children: [], members: ['guest'] },
  };
  const services = [1, 2, 3].map(n => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: `service-${n}`, namespace: 'default' },
    spec: { type: 'service', owner: 'adopters', lifecycle: 'production' },
  }));
  const worker = await EvaluationWorker.start({
    context: [group],
    complete: true,
    config: resolveAlignmentConfig(),
    objectiveOutcomes: new Map(),
    waivers: new Map(),
    evaluatedAt: new Date(),
    withScoreParts: true,
  });
  try {
    // Nothing is served yet, so every result comes back in full.
    const { results } = await worker.evaluate(services, new Map(), new Map());
    const refs = results.map(r => r.entityRef);
    if (
      refs.join() !==
      services.map(s => `component:default/${s.metadata.name}`).join()
    ) {
      throw new Error(`unexpected results: ${refs.join(', ')}`);
    }
    const { score, content } = results[0].changed ?? {};
    if (
      typeof score !== 'number' ||
      !/^[0-9a-f]{40}$/.test(content?.contentHash ?? '')
    ) {
      throw new Error(`incomplete result: ${JSON.stringify(results[0])}`);
    }
    console.log(
      `evaluated ${refs.length} entities on the worker; score ${score}`,
    );
  } finally {
    await worker.close();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
