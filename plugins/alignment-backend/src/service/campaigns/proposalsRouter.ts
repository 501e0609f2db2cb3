import type {
  AuditorService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { alignmentCampaignAcceptPermission } from '@lodestar/backstage-plugin-alignment-common';
import Router from 'express-promise-router';
import { z } from 'zod';
import type { DatabaseCampaignProposalStore } from '../../database/DatabaseCampaignProposalStore';
import { authorizeOrThrow } from '../authorizeOrThrow';
import { parseInput } from '../validation';

/**
 * `POST /campaigns/proposals/:id/accept`: turns a campaign Lodestar
 * proposed from a strategy revision into an active campaign. Guarded by
 * `lodestar.campaign.accept` and audited; a whole run is asked for, so the
 * campaign's counts and reminders follow within minutes.
 */
export function createProposalsRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  proposals: DatabaseCampaignProposalStore;
  /** Starts a whole-catalog run through the scheduler. */
  triggerFullRun: () => Promise<void>;
  logger?: LoggerService;
  clock?: () => Date;
}) {
  const { httpAuth, permissions, auditor, proposals } = options;
  const now = () => options.clock?.() ?? new Date();
  const router = Router();

  router.post('/campaigns/proposals/:id/accept', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { id } = parseInput(
      z.object({ id: z.string().uuid() }),
      req.params,
      'proposal id',
    );
    const event = await auditor.createEvent({
      eventId: 'campaign-proposal-accept',
      severityLevel: 'medium',
      request: req,
      meta: { proposalId: id },
    });
    try {
      await authorizeOrThrow(
        permissions,
        { permission: alignmentCampaignAcceptPermission },
        credentials,
      );
      const acceptedBy =
        credentials.principal.type === 'user'
          ? credentials.principal.userEntityRef
          : credentials.principal.subject;
      const result = await proposals.accept(
        id,
        acceptedBy,
        now().toISOString(),
      );
      if (result.outcome === 'missing') {
        throw new NotFoundError(`No campaign proposal with id ${id}`);
      }
      if (result.outcome === 'already-accepted') {
        throw new ConflictError(
          `Campaign proposal ${id} was already accepted by ${result.proposal.acceptedBy} at ${result.proposal.acceptedAt}`,
        );
      }
      const { proposal } = result;
      await event.success({
        meta: {
          strategyRef: proposal.strategyRef,
          revision: proposal.revision,
        },
      });
      // The acceptance stands even if no run can start now: the next
      // scheduled run judges the campaign.
      await options
        .triggerFullRun()
        .catch(error =>
          options.logger?.warn(
            `Lodestar could not start a run after accepting campaign proposal ${id}: ${error}`,
          ),
        );
      res.json(proposal);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  return router;
}
