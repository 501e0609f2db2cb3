import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type {
  AlignmentFilter,
  EntityPage,
  Scorecard,
} from '@lodestar/backstage-plugin-alignment-common';

/**
 * Whose call it is. Required, as with the catalog service: a call made with
 * a plugin's own credentials sees every entity, so forwarding a user's
 * request without theirs would show them what the catalog hides.
 * @public
 */
export interface AlignmentRequestOptions {
  /**
   * The caller's credentials (`await httpAuth.credentials(req)`), or the
   * plugin's own (`await auth.getOwnServiceCredentials()`) for work done on
   * nobody's behalf.
   */
  credentials: BackstageCredentials;
}

/**
 * One page of `GET /entities`: the filter, the order and where to start.
 * @public
 */
export interface ListEntitiesRequest extends AlignmentFilter {
  /** Column to sort by; ties are broken by entity ref. Backend default: score. */
  sort?: 'score' | 'level' | 'entityRef' | 'owner' | 'title' | 'evaluatedAt';
  /** Backend default: asc. */
  order?: 'asc' | 'desc';
  /** Rows per page, 1 to 500. Backend default: 50. */
  limit?: number;
  /** The `nextCursor` of the previous page, requested with the same sort and order. */
  cursor?: string;
}

/**
 * Reads alignment results from the alignment backend.
 * @public
 */
export interface AlignmentService {
  /** The entity's latest scorecard; undefined if never evaluated or not visible to the caller. */
  getScorecard(
    entityRef: string | CompoundEntityRef,
    options: AlignmentRequestOptions,
  ): Promise<Scorecard | undefined>;

  /**
   * One page of the evaluated entities of the latest published run. To read
   * them all, pass each page's `nextCursor` as `cursor` until it is absent.
   */
  listEntities(
    request: ListEntitiesRequest,
    options: AlignmentRequestOptions,
  ): Promise<EntityPage>;
}

/**
 * HTTP client for the alignment backend, found through discovery and
 * authenticated with plugin-to-plugin tokens.
 * @public
 */
export class AlignmentClient implements AlignmentService {
  private readonly discovery: DiscoveryService;
  private readonly auth: AuthService;

  constructor(options: { discovery: DiscoveryService; auth: AuthService }) {
    this.discovery = options.discovery;
    this.auth = options.auth;
  }

  /** {@inheritDoc AlignmentService.getScorecard} */
  async getScorecard(
    entityRef: string | CompoundEntityRef,
    options: AlignmentRequestOptions,
  ): Promise<Scorecard | undefined> {
    const ref =
      typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef;
    const path = [ref.kind, ref.namespace, ref.name]
      .map(encodeURIComponent)
      .join('/');
    // 404 is an answer here (never evaluated, or not visible), not a failure.
    const response = await this.request(`/scorecards/${path}`, options, {
      allowNotFound: true,
    });
    if (response.status === 404) {
      return undefined;
    }
    return (await response.json()) as Scorecard;
  }

  /** {@inheritDoc AlignmentService.listEntities} */
  async listEntities(
    request: ListEntitiesRequest,
    options: AlignmentRequestOptions,
  ): Promise<EntityPage> {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(request)) {
      if (value !== undefined && value !== '') search.set(key, String(value));
    }
    const query = search.toString();
    const response = await this.request(
      `/entities${query ? `?${query}` : ''}`,
      options,
    );
    return (await response.json()) as EntityPage;
  }

  private async request(
    path: string,
    options: AlignmentRequestOptions,
    behaviour?: { allowNotFound?: boolean },
  ): Promise<Response> {
    if (!options?.credentials) {
      // JavaScript callers get past the types; fail before any request.
      throw new TypeError(
        "AlignmentClient calls need { credentials }: the caller's, or the plugin's own from auth.getOwnServiceCredentials()",
      );
    }
    const baseUrl = await this.discovery.getBaseUrl('alignment');
    const { token } = await this.auth.getPluginRequestToken({
      onBehalfOf: options.credentials,
      targetPluginId: 'alignment',
    });
    const response = await fetch(`${baseUrl}${path}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (
      !response.ok &&
      !(behaviour?.allowNotFound && response.status === 404)
    ) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}
