import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type { Scorecard } from '@lodestar/backstage-plugin-alignment-common';
import { AlignmentApi } from './AlignmentApi';

/**
 * Talks to the alignment backend with the signed-in user's credentials.
 * @public
 */
export class AlignmentClient implements AlignmentApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getScorecard(
    entityRef: CompoundEntityRef,
  ): Promise<Scorecard | undefined> {
    const path = [entityRef.kind, entityRef.namespace, entityRef.name]
      .map(part => encodeURIComponent(part.toLocaleLowerCase('en-US')))
      .join('/');
    const response = await this.get(`/scorecards/${path}`);
    if (response.status === 404) {
      return undefined;
    }
    return response.json();
  }

  private async get(path: string): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('alignment');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok && response.status !== 404) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}
