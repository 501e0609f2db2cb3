import type { Entity } from '@backstage/catalog-model';
import type { EntityFacts } from '@lodestar/backstage-plugin-alignment-common';
import { Worker } from 'node:worker_threads';
import type { StoredResult } from '../../database/types';
import type { RunTally } from '../RunAccumulator';
import type { RunResult } from '../runResults';
import {
  EVALUATION_WORKER_MARK,
  EVALUATION_WORKER_MODULE,
} from './evaluationWorkerMain';
import type {
  EvaluatedOnWorker,
  FromWorker,
  PrepareRun,
  ToWorker,
} from './protocol';

// Loads the worker module, registering Backstage's TypeScript transform
// first when it runs from source (development, tests, benchmarks) and the
// process has not registered it already.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
if (workerData.transform && !require.extensions['.ts']) {
  require(workerData.transform);
}
require(workerData.module);
`;

// What the worker keeps is the context, the engine and a page; a bounded
// old generation makes it collect the pages' garbage early instead of
// growing the process by hundreds of megabytes. The bound grows with the
// context (about 5 KB per entity held); a worker that still runs out of
// memory fails, and its run goes on on the main thread.
const OLD_GENERATION_BASE_MB = 256;
const CONTEXT_ENTITIES_PER_MB = 200;

function oldGenerationMb(contextEntities: number): number {
  return (
    OLD_GENERATION_BASE_MB +
    Math.ceil(contextEntities / CONTEXT_ENTITIES_PER_MB)
  );
}

function bootstrapData(): Record<string, unknown> {
  const module = EVALUATION_WORKER_MODULE;
  const fromSource = /\.[cm]?tsx?$/.test(module);
  return {
    [EVALUATION_WORKER_MARK]: true,
    module,
    transform: fromSource
      ? require.resolve('@backstage/cli/config/nodeTransform.cjs')
      : undefined,
  };
}

/**
 * A result from the worker, whose changed scorecard is parsed from the
 * row's JSON only if something reads it (the notifications of level
 * changes).
 */
function received({ changed, ...result }: EvaluatedOnWorker): RunResult {
  if (!changed) return result;
  let scorecard: StoredResult['scorecard'] | undefined;
  const stored = changed as NonNullable<RunResult['changed']>;
  Object.defineProperty(stored, 'scorecard', {
    enumerable: true,
    get: () => {
      scorecard ??= {
        ...JSON.parse(changed.content.body),
        evaluatedAt: changed.evaluatedAt,
      };
      return scorecard;
    },
  });
  return { ...result, changed: stored };
}

/**
 * A worker thread that evaluates a whole run's pages and builds their
 * stored form, while the main thread reads the catalog and writes the
 * database. One worker serves one run, and is closed with it.
 */
export class EvaluationWorker {
  private nextId = 0;
  private failure?: Error;
  private readonly waiting = new Map<
    number,
    { resolve: (reply: FromWorker) => void; reject: (error: Error) => void }
  >();

  private constructor(private readonly worker: Worker) {
    // Like the rest of a run, the worker never keeps a stopping process
    // alive; the run fails instead, and the served results stay.
    worker.unref();
    worker.on('message', (reply: FromWorker) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (!waiter) return;
      if (reply.type === 'error') {
        waiter.reject(new Error(`Evaluation worker: ${reply.message}`));
      } else {
        waiter.resolve(reply);
      }
    });
    worker.on('error', error =>
      this.fail(error instanceof Error ? error : new Error(String(error))),
    );
    worker.on('exit', code =>
      this.fail(new Error(`The evaluation worker exited with code ${code}`)),
    );
  }

  /** Starts a worker and sets it up for one run. */
  static async start(
    run: Omit<PrepareRun, 'type' | 'id'>,
  ): Promise<EvaluationWorker> {
    const worker = new EvaluationWorker(
      new Worker(BOOTSTRAP, {
        eval: true,
        workerData: bootstrapData(),
        // Not the process's own preloads (`--require` of tracing agents and
        // probes): they would start their exporters and timers again in
        // the worker. V8's own flags still apply to it.
        execArgv: [],
        resourceLimits: {
          maxOldGenerationSizeMb: oldGenerationMb(run.context.length),
        },
      }),
    );
    try {
      await worker.ask({ ...run, type: 'prepare', id: 0 });
    } catch (error) {
      await worker.close();
      throw error;
    }
    return worker;
  }

  /**
   * Evaluates a page of entities, given their facts by lowercase ref, the
   * content hashes of their served results by ref, and the inputs keys of
   * remembered evaluations that may be reused instead, by ref: results
   * come back in full only where they changed, with the page's share of
   * the run's figures (reused ones left out).
   */
  async evaluate(
    entities: Entity[],
    facts: Map<string, EntityFacts>,
    servedContentHashes: Map<string, string>,
    reusable: Map<string, string> = new Map(),
  ): Promise<{ results: RunResult[]; tally: RunTally }> {
    const reply = await this.ask({
      type: 'page',
      id: 0,
      entities,
      facts,
      servedContentHashes,
      reusable,
    });
    if (reply.type !== 'page') throw new Error('Unexpected worker reply');
    return { results: reply.results.map(received), tally: reply.tally };
  }

  /** Stops the worker; anything still waiting fails. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private ask(message: ToWorker): Promise<FromWorker> {
    if (this.failure) return Promise.reject(this.failure);
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(this.failure);
    this.waiting.clear();
  }
}
