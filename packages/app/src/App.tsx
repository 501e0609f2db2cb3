import { createApp } from '@backstage/frontend-defaults';
import apiDocsPlugin from '@backstage/plugin-api-docs/alpha';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import catalogGraphPlugin from '@backstage/plugin-catalog-graph/alpha';
import orgPlugin from '@backstage/plugin-org/alpha';
import alignmentPlugin from '@lodestar/backstage-plugin-alignment/alpha';
import { catalogGraphModule } from './modules/catalogGraph';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';

/**
 * The demo portal on Backstage's new frontend system, as `create-app`
 * generates it, with Lodestar's plugin added as a feature. Extensions are
 * arranged and configured under `app.extensions` in app-config.yaml.
 */
export default createApp({
  features: [
    catalogPlugin,
    catalogGraphPlugin,
    apiDocsPlugin,
    orgPlugin,
    alignmentPlugin,
    catalogGraphModule,
    navModule,
    signInModule,
  ],
});
