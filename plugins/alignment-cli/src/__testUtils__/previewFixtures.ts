import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PrinciplePreview } from '@lodestar/backstage-plugin-alignment-common';

/** A draft Principle as YAML; `spec` lines override the valid defaults. */
export function principleYaml(
  name: string,
  spec: Record<string, string> = {},
): string {
  const fields = {
    owner: 'checkout',
    severity: 'high',
    appliesTo: '\n    kind: Component',
    rule: "'has(entity.spec.providesApis)'",
    ...spec,
  };
  return [
    'apiVersion: lodestar.dev/v1alpha1',
    'kind: Principle',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    ...Object.entries(fields).map(([key, value]) => `  ${key}: ${value}`),
    '',
  ].join('\n');
}

/** Writes the files to a new temporary directory and returns its path. */
export function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lodestar-preview-'));
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** A backend answer with a little of everything. */
export const PREVIEW: PrinciplePreview = {
  principleRef: 'principle:default/services-expose-apis',
  checkId: 'principle:default/services-expose-apis',
  snapshotAt: '2025-06-01T00:00:00.000Z',
  applies: 5,
  pass: 3,
  fail: 1,
  error: 1,
  byOwner: [
    { owner: 'group:default/checkout', pass: 2, fail: 1, error: 0 },
    { owner: '', pass: 1, fail: 0, error: 1 },
  ],
  levelChanges: [{ from: 'aligned', to: 'at-risk', count: 1 }],
  meanScore: { before: 91, after: 84 },
  failing: [
    {
      entityRef: 'component:default/cart',
      owner: 'group:default/checkout',
      status: 'fail',
      message: 'Does not comply with "Services expose APIs".',
      scoreBefore: 92,
      scoreAfter: 80,
    },
    {
      entityRef: 'component:default/orphan',
      status: 'error',
      message: 'no such key: providesApis',
      scoreBefore: 70,
      scoreAfter: 70,
    },
  ],
  durationMs: 42,
};
