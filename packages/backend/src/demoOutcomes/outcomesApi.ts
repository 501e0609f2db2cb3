import type {
  EvaluationRun,
  FactPush,
  FactPushResponse,
  MeasureObservation,
  MeasurePushResponse,
} from '@lodestar/backstage-plugin-alignment-common';

/** A request the alignment backend answered with an error status. */
export class AlignmentApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'AlignmentApiError';
  }

  /**
   * True for the 400 `POST /facts` answers while an entity of the batch has
   * not been evaluated yet: the push succeeds once a run has covered it.
   */
  get isNotEvaluatedYet(): boolean {
    return (
      this.status === 400 &&
      this.message.includes('Lodestar has no evaluated entity')
    );
  }

  /** True when the token was refused: waiting will not help. */
  get isAccessDenied(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

/** The message of Backstage's error body, else the start of the body. */
async function errorMessage(response: Response): Promise<string> {
  const text = await response.text();
  try {
    const message = JSON.parse(text)?.error?.message;
    if (typeof message === 'string') return message;
  } catch {
    // Not JSON: a proxy's page, say. Its start says enough.
  }
  return text.slice(0, 300) || response.statusText;
}

/**
 * The three routes of the alignment backend's public API the demo pipeline
 * uses, called over HTTP with a static token, as an external pipeline
 * would call them.
 */
export class AlignmentOutcomesApi {
  private readonly baseUrl: string;
  private readonly token: string;

  constructor(options: { baseUrl: string; token: string }) {
    this.baseUrl = `${options.baseUrl.replace(/\/+$/, '')}/api/alignment`;
    this.token = options.token;
  }

  /** `GET /evaluations/latest`; undefined while no run has happened (404). */
  async latestEvaluation(
    signal?: AbortSignal,
  ): Promise<EvaluationRun | undefined> {
    const response = await this.call('GET', '/evaluations/latest', signal);
    if (response.status === 404) return undefined;
    return this.json(response);
  }

  /** `POST /facts` with a batch of at most 1000 pushes. */
  async pushFacts(
    items: readonly FactPush[],
    signal?: AbortSignal,
  ): Promise<FactPushResponse> {
    return this.json(await this.call('POST', '/facts', signal, { items }));
  }

  /** `POST /measures` with a batch of at most 1000 values. */
  async pushMeasures(
    items: readonly MeasureObservation[],
    signal?: AbortSignal,
  ): Promise<MeasurePushResponse> {
    return this.json(await this.call('POST', '/measures', signal, { items }));
  }

  private async call(
    method: 'GET' | 'POST',
    path: string,
    signal: AbortSignal | undefined,
    body?: unknown,
  ): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      method,
      signal,
      headers: {
        Authorization: `Bearer ${this.token}`,
        ...(body !== undefined && { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  private async json<T>(response: Response): Promise<T> {
    if (!response.ok) {
      throw new AlignmentApiError(
        response.status,
        await errorMessage(response),
      );
    }
    return (await response.json()) as T;
  }
}
