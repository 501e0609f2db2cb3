/*
 * The Lodestar demo portal's backend: a real Backstage backend (new backend
 * system) with the catalog, guest sign-in, permissions, MCP actions and the
 * Lodestar plugins wired in.
 */
import { createBackend } from '@backstage/backend-defaults';
import { demoOutcomesFeature } from './demoOutcomes';
import { rootHttpRouterWithoutLoopbackCompression } from './http/uncompressedLoopbackCalls';
import { demoPermissionPolicyModule } from './permissionPolicy';

const backend = createBackend();

// Backstage's root router, except that plugins reading each other in this
// process (Lodestar reading the catalog) skip gzip: see the handler.
backend.add(rootHttpRouterWithoutLoopbackCompression);

backend.add(import('@backstage/plugin-app-backend'));

// Sign-in: the guest provider lets anyone in without friction in the demo.
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

// Permissions: see src/permissionPolicy.ts for what the demo policy allows.
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(demoPermissionPolicyModule);

// AI assistants reach the registered actions (Lodestar's included) over MCP.
backend.add(import('@backstage/plugin-mcp-actions-backend'));

backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));

// Lodestar
backend.add(import('@lodestar/backstage-plugin-alignment-backend'));
backend.add(
  import('@lodestar/backstage-plugin-catalog-backend-module-alignment'),
);

// Demo outcome data: 90 days of DORA facts and measure values, labelled
// lodestar-demo-seed, pushed at start through the public API with a
// demo-only token; only when `lodestarDemo.outcomes.seed` is true (see
// src/demoOutcomes). Not with the synthetic catalog: the data tells
// Meridian's story, and benchmarks must not be disturbed by its pushes.
if (!process.env.LODESTAR_SYNTHETIC_CATALOG) {
  backend.add(demoOutcomesFeature);
}

// Dev only: a synthetic catalog for benchmarks and multi-replica tests,
// sized by `lodestarDev.syntheticCatalog` (see packages/synthetic-catalog).
if (process.env.LODESTAR_SYNTHETIC_CATALOG) {
  backend.add(import('@lodestar/synthetic-catalog'));
}

backend.start();
