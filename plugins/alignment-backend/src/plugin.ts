import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import {
  alignmentPermissions,
  resolveAlignmentConfig,
} from '@lodestar/backstage-plugin-alignment-common';
import {
  alignmentFactsExtensionPoint,
  FactProvider,
} from '@lodestar/backstage-plugin-alignment-node';
import { registerAlignmentActions } from './actions';
import { CampaignProposer } from './campaigns/CampaignProposer';
import {
  activeCampaigns,
  CampaignReminders,
} from './campaigns/CampaignReminders';
import { subscribeToCatalogChanges } from './catalogChanges/subscribeToCatalogChanges';
import { scheduleFactProvider } from './facts/scheduleFactProvider';
import { AlignmentDatabase } from './database/AlignmentDatabase';
import { AlignmentNotifier } from './evaluation/AlignmentNotifier';
import { CatalogReader } from './evaluation/CatalogReader';
import { EntityRefreshQueue } from './evaluation/EntityRefreshQueue';
import { EvaluationRunner } from './evaluation/EvaluationRunner';
import { readLodestarConfig } from './readLodestarConfig';
import { AlignmentQueries } from './service/AlignmentQueries';
import { createRouter } from './service/createRouter';
import { PreviewSnapshots } from './service/preview/PreviewSnapshots';

/** Id of the scheduled whole-catalog evaluation. */
export const EVALUATION_TASK_ID = 'lodestar-evaluation';

/**
 * The Lodestar alignment backend plugin, served under `/api/alignment`:
 * evaluates the catalog on a schedule, stores results and history, and
 * serves them, with waivers, permissions, MCP actions and notifications.
 * @public
 */
export const alignmentPlugin = createBackendPlugin({
  pluginId: 'alignment',
  register(env) {
    const factProviders = new Map<string, FactProvider>();
    env.registerExtensionPoint(alignmentFactsExtensionPoint, {
      addFactProvider(provider) {
        if (factProviders.has(provider.id)) {
          throw new Error(
            `A Lodestar fact provider with id ${provider.id} is already added`,
          );
        }
        factProviders.set(provider.id, provider);
      },
    });
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        auditor: coreServices.auditor,
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        actionsRegistry: actionsRegistryServiceRef,
        catalog: catalogServiceRef,
        notifications: notificationService,
        events: eventsServiceRef,
      },
      async init(deps) {
        const {
          auth,
          config,
          database,
          httpAuth,
          httpRouter,
          logger,
          scheduler,
          catalog,
        } = deps;
        const options = readLodestarConfig(config);
        const db = await AlignmentDatabase.create({ database });
        const alignmentConfig = resolveAlignmentConfig(options.alignment);
        const reader = new CatalogReader(catalog, auth);
        const previewSnapshots = new PreviewSnapshots({
          reader,
          config: alignmentConfig,
          maxAgeMs: options.previewSnapshotMaxAgeMs,
        });
        const proposer = new CampaignProposer({
          proposals: db.campaignProposals,
          settings: options.campaigns.proposeFromRevisions,
          logger,
        });
        const reminders = options.notificationsEnabled
          ? new CampaignReminders({
              notifications: deps.notifications,
              reminders: db.campaignReminders,
              standings: () => db.published.campaignStandings(),
              reminderDays: options.campaigns.reminderDays,
              logger,
            })
          : undefined;
        const runner = new EvaluationRunner({
          db,
          reader,
          extendContext: (snapshot, whole) => proposer.extend(snapshot, whole),
          // The run succeeded already: a reminder problem is only logged.
          afterRun: async (snapshot, now) => {
            await reminders
              ?.afterRun(activeCampaigns(snapshot), now)
              .catch(e =>
                logger.warn(`Lodestar could not send campaign reminders: ${e}`),
              );
          },
          onRead: read => previewSnapshots.offer(read),
          logger,
          config: alignmentConfig,
          retention: options.retention,
          workerThread: options.workerThread,
          reuseUnchanged: options.reuseUnchanged,
          notifier: options.notificationsEnabled
            ? new AlignmentNotifier(deps.notifications, db.trends, logger)
            : undefined,
        });
        const queries = new AlignmentQueries(db, catalog, deps.permissions);
        // Entities whose facts arrived, or that the catalog changed, are
        // re-evaluated within seconds, on the replica that heard of it,
        // without waiting for a full run.
        const refreshes = new EntityRefreshQueue(refs => runner.runSome(refs));
        const triggerFullRun = async () => {
          runner.requestRun('manual');
          await scheduler.triggerTask(EVALUATION_TASK_ID);
        };

        deps.permissionsRegistry.addPermissions(alignmentPermissions);
        registerAlignmentActions(deps.actionsRegistry, {
          db,
          queries,
          catalog,
          config: alignmentConfig,
        });

        await scheduler.scheduleTask({
          id: EVALUATION_TASK_ID,
          scope: 'global',
          ...options.schedule,
          fn: async signal => {
            await runner.runScheduled(signal);
          },
        });

        await subscribeToCatalogChanges({
          events: deps.events,
          db,
          runner,
          reader,
          logger,
          evaluatedKinds: alignmentConfig.evaluatedKinds,
          reevaluate: refs => refreshes.add(refs),
          triggerTask: () => {
            runner.requestRun('change');
            return scheduler.triggerTask(EVALUATION_TASK_ID);
          },
          lifecycle: deps.lifecycle,
          onChanged: () => previewSnapshots.noteCatalogChange(),
        });

        for (const provider of factProviders.values()) {
          await scheduleFactProvider({
            provider,
            scheduler,
            logger: logger.child({ factProvider: provider.id }),
            facts: db.facts,
            config: alignmentConfig,
            evaluatedRefs: async () =>
              (await db.published.summaries()).map(r => r.entityRef),
            onFactsChanged: refs => refreshes.add(refs),
          });
        }

        httpRouter.use(
          createRouter({
            httpAuth,
            permissions: deps.permissions,
            auditor: deps.auditor,
            catalog,
            db,
            queries,
            runner,
            triggerFullRun,
            waiverMaxDays: options.waiverMaxDays,
            config: alignmentConfig,
            previewSnapshots,
            onFactsChanged: refs => refreshes.add(refs),
            readEntities: refs => reader.entities(refs),
          }),
        );
      },
    });
  },
});
