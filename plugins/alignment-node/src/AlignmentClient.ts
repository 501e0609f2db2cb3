import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type { Scorecard } from '@lodestar/backstage-plugin-alignment-common';

/** Options for calls made on behalf of a caller. @public */
export interface AlignmentRequestOptions {
  /** Whose credentials the call carries; defaults to the calling plugin's own. */
  credentials?: BackstageCredentials;
}

/**
 * Reads alignment results from the alignment backend.
 * @public
 */
export interface AlignmentService {
  /** The latest scorecard of an entity, or undefined when it was never evaluated. */
  getScorecard(
    entityRef: string | CompoundEntityRef,
    options?: AlignmentRequestOptions,
  ): Promise<Scorecard | undefined>;
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

  async getScorecard(
    entityRef: string | CompoundEntityRef,
    options?: AlignmentRequestOptions,
  ): Promise<Scorecard | undefined> {
    const ref =
      typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef;
    const path = [ref.kind, ref.namespace, ref.name]
      .map(encodeURIComponent)
      .join('/');
    const response = await this.request(`/scorecards/${path}`, options);
    if (response.status === 404) {
      return undefined;
    }
    return (await response.json()) as Scorecard;
  }

  private async request(
    path: string,
    options?: AlignmentRequestOptions,
  ): Promise<Response> {
    const baseUrl = await this.discovery.getBaseUrl('alignment');
    const { token } = await this.auth.getPluginRequestToken({
      onBehalfOf:
        options?.credentials ?? (await this.auth.getOwnServiceCredentials()),
      targetPluginId: 'alignment',
    });
    const response = await fetch(`${baseUrl}${path}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (!response.ok && response.status !== 404) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}
