import { ChildProcess, spawn } from 'node:child_process';
import {
  createWriteStream,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse, stringify } from 'yaml';
import { Engine, databaseConfig } from './databases';

const BACKEND_DIR = resolve(__dirname, '../..');
const REPO_ROOT = resolve(BACKEND_DIR, '../..');
const GUEST = 'user:default/demo-architect';

/** What a benchmarked backend is started with. */
export interface BenchBackendOptions {
  engine: Engine;
  /** Evaluated entities of the synthetic catalog. */
  entities: number;
  /** Share of evaluated entities each generation changes, in percent (default 1). */
  changePercent?: number;
  /** Active campaigns added to the synthetic catalog (default none). */
  campaigns?: number;
  port: number;
  /** Working directory for logs, SQLite files and the change file. */
  workDir: string;
  /** Database prefix or SQLite directory name: backends sharing it share data. */
  dataName: string;
  /** Whole-catalog evaluation schedule; by default only on request. */
  schedule?: Record<string, unknown>;
  /** Label for the log file. */
  label?: string;
  /** Log level of the backend (default warn: logging costs time too). */
  logLevel?: string;
  /**
   * Makes the guest the demo's restricted persona: a member of this group
   * only, which the demo policy lists in `lodestarDemo.ownersOnly`, so the
   * catalog lets the guest read only what the group owns (a conditional
   * decision). Without it the guest is a steward and reads everything.
   */
  restrictedTo?: string;
  /** Catalog files to add, each with the kinds it may define. */
  extraLocations?: Array<{ target: string; allow: string[] }>;
  /** Settings laid over the demo's `lodestar` configuration. */
  lodestar?: Record<string, unknown>;
}

/** Memory of a process as Linux counts it, in bytes. */
export interface Memory {
  rss: number;
  peakRss: number;
}

/**
 * The demo backend (packages/backend) started as its own process with the
 * synthetic catalog and nothing else in the catalog, on SQLite or
 * PostgreSQL, instrumented by probe.cjs. Catalog re-processing is pushed
 * out to once a day so that it does not run during measurements.
 */
export class BenchBackend {
  readonly baseUrl: string;
  readonly changeFile: string;
  /** Each increase of its number edits one principle of the catalog. */
  readonly principleChangeFile: string;
  readonly logFile: string;
  private readonly probeFile: string;
  private process?: ChildProcess;
  private token?: string;
  private tokenAt = 0;

  constructor(readonly options: BenchBackendOptions) {
    this.baseUrl = `http://127.0.0.1:${options.port}`;
    const label = options.label ?? `${options.engine}-${options.port}`;
    this.changeFile = join(options.workDir, `${options.dataName}.generation`);
    this.principleChangeFile = join(
      options.workDir,
      `${options.dataName}.principle-generation`,
    );
    this.probeFile = join(options.workDir, `${label}.probe.json`);
    this.logFile = join(options.workDir, `${label}.log`);
    mkdirSync(options.workDir, { recursive: true });
  }

  get pid(): number {
    return this.process!.pid!;
  }

  /**
   * The demo's app-config.yaml with the benchmark's settings in place.
   * One file, not an overlay: config files merge objects key by key, so an
   * overlay could not replace the demo's schedule or empty its locations.
   */
  private writeConfig(): string {
    const { engine, entities, port, workDir, dataName, schedule } =
      this.options;
    const { restrictedTo, extraLocations = [], changePercent } = this.options;
    const { campaigns } = this.options;
    const demo = parse(
      readFileSync(join(REPO_ROOT, 'app-config.yaml'), 'utf8'),
    );
    const file = join(workDir, `${this.options.label ?? port}.app-config.yaml`);
    writeFileSync(
      file,
      stringify({
        ...demo,
        backend: {
          ...demo.backend,
          baseUrl: this.baseUrl,
          listen: { port },
          database: databaseConfig(engine, dataName, workDir),
        },
        catalog: {
          ...demo.catalog,
          locations: extraLocations.map(({ target, allow }) => ({
            type: 'file',
            target,
            rules: [{ allow }],
          })),
          processingInterval: { hours: 24 },
        },
        auth: restrictedTo
          ? {
              ...demo.auth,
              providers: {
                ...demo.auth.providers,
                guest: {
                  ...demo.auth.providers.guest,
                  // The guest is not in the synthetic catalog, so these are
                  // its ownership claims.
                  ownershipEntityRefs: [GUEST, restrictedTo],
                },
              },
            }
          : demo.auth,
        lodestar: {
          ...demo.lodestar,
          ...this.options.lodestar,
          // Once a year (the worker ignores triggers during an initial
          // delay, so there is none): runs happen when the driver asks.
          schedule: schedule ?? {
            frequency: { cron: '0 0 1 1 *' },
            timeout: { minutes: 15 },
          },
        },
        lodestarDemo: {
          ...demo.lodestarDemo,
          stewards: restrictedTo ? [] : [GUEST],
          ownersOnly: restrictedTo ? [restrictedTo] : [],
        },
        lodestarDev: {
          syntheticCatalog: {
            entities,
            changeFile: this.changeFile,
            principleChangeFile: this.principleChangeFile,
            ...(changePercent !== undefined && { changePercent }),
            ...(campaigns !== undefined && { campaigns }),
          },
        },
      }),
    );
    return file;
  }

  /** Starts the process and waits until it answers its readiness check. */
  async start(timeoutMs = 600_000): Promise<void> {
    const config = this.writeConfig();
    const log = createWriteStream(this.logFile, { flags: 'w' });
    this.process = spawn(
      process.execPath,
      [
        '--require',
        require.resolve('./probe.cjs'),
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        'src/index.ts',
        '--config',
        config,
      ],
      {
        cwd: BACKEND_DIR,
        env: {
          ...process.env,
          NODE_ENV: 'development',
          LODESTAR_SYNTHETIC_CATALOG: '1',
          LODESTAR_PROBE_FILE: this.probeFile,
          LOG_LEVEL: this.options.logLevel ?? 'warn',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.process.stdout!.pipe(log);
    this.process.stderr!.pipe(log);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      this.assertRunning();
      const ready = await fetch(
        `${this.baseUrl}/.backstage/health/v1/readiness`,
      )
        .then(r => r.ok)
        .catch(() => false);
      if (ready) return;
      await sleep(500);
    }
    throw new Error(`The backend did not start in ${timeoutMs} ms`);
  }

  /** Throws when the process has stopped, naming how and where its log is. */
  private assertRunning(): void {
    const { exitCode, signalCode } = this.process!;
    if (exitCode !== null || signalCode !== null)
      throw new Error(
        `The backend exited with ${exitCode ?? signalCode}; see ${
          this.logFile
        }`,
      );
  }

  /** Stops the process: gracefully, or with SIGKILL as a crash would. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode) return;
    const exited = new Promise(done => child.once('exit', done));
    child.kill(signal);
    await Promise.race([exited, sleep(20_000)]);
    if (child.exitCode === null && !child.signalCode) child.kill('SIGKILL');
  }

  /** A guest user's token (a steward, unless `restrictedTo` is set). */
  async userToken(): Promise<string> {
    // Renewed well before it expires (after an hour): a first ingest of a
    // large catalog, and the benchmark after it, can take longer than that.
    if (!this.token || Date.now() - this.tokenAt > 30 * 60_000) {
      const response = await fetch(`${this.baseUrl}/api/auth/guest/refresh`);
      const body = (await response.json()) as any;
      this.token = body.backstageIdentity.token as string;
      this.tokenAt = Date.now();
    }
    return this.token!;
  }

  /** Calls the backend as the guest; throws on an error status. */
  async api<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${await this.userToken()}`,
        'content-type': 'application/json',
        ...init.headers,
      },
    });
    if (!response.ok)
      throw new Error(
        `${init.method ?? 'GET'} ${path}: ${
          response.status
        } ${await response.text()}`,
      );
    return (await response.json()) as T;
  }

  /** Waits until the catalog serves `count` entities, returning how long it took. */
  async waitForCatalog(count: number, timeoutMs = 3_600_000): Promise<number> {
    const start = Date.now();
    let seen = 0;
    while (Date.now() - start < timeoutMs) {
      this.assertRunning();
      const page = await this.api<{ totalItems: number }>(
        '/api/catalog/entities/by-query?limit=1',
      ).catch(() => ({ totalItems: 0 }));
      seen = page.totalItems;
      if (seen >= count) return Date.now() - start;
      await sleep(2000);
    }
    throw new Error(
      `The catalog holds ${seen} of ${count} entities after ${timeoutMs} ms`,
    );
  }

  /** Resident and peak resident memory of the process, from /proc. */
  memory(): Memory {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)![1]) *
      1024;
    return { rss: kb('VmRSS'), peakRss: kb('VmHWM') };
  }

  /** Starts a new measurement window: peak memory and event-loop delay. */
  async resetProbes(): Promise<void> {
    // Writing 5 to clear_refs resets the kernel's peak RSS (VmHWM).
    writeFileSync(`/proc/${this.pid}/clear_refs`, '5');
    const before = this.probe().resets;
    this.process!.kill('SIGUSR2');
    while (this.probe().resets === before) await sleep(20);
  }

  /** The in-process probe's figures since the last reset. */
  probe(): { resets: number; maxDelayMs: number; p99DelayMs: number } {
    // The probe renames each write into place, but its first may not have
    // happened yet.
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        return JSON.parse(readFileSync(this.probeFile, 'utf8'));
      } catch {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      }
    }
    throw new Error(`Cannot read the probe's figures from ${this.probeFile}`);
  }
}
