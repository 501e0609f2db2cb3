import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  alignmentPermissions,
  LISTED_CHECK_STATUSES,
} from '@lodestar/backstage-plugin-alignment-common';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import type { EvaluationRunner } from '../evaluation/EvaluationRunner';
import type { AlignmentQueries } from '../service/AlignmentQueries';
import { BODY_LIMIT_BYTES, createRouter } from '../service/createRouter';
import {
  factPushSchema,
  MAX_PUSH_ITEMS,
  measureObservationSchema,
  PUSH_BODY_LIMIT_BYTES,
} from '../service/outcomes/pushSchemas';
import {
  evaluationBodySchema,
  filterSchema,
  historyQuerySchema,
  csvQuerySchema,
  listQuerySchema,
  previewBodySchema,
  waiverBodySchema,
} from '../service/validation';

type Json = Record<string, any>;

const METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
];

const spec: Json = parse(
  readFileSync(
    resolvePackagePath(
      '@lodestar/backstage-plugin-alignment-backend',
      'src/schema/openapi.yaml',
    ),
    'utf8',
  ),
);

/** Follows a local JSON pointer (`#/components/...`) in the document. */
function resolvePointer(ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = spec;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(key in node)) {
      return undefined;
    }
    node = (node as Json)[key];
  }
  return node;
}

/** Follows `$ref`s until a concrete object. */
function deref<T = Json>(node: Json): T {
  let current = node;
  for (let hops = 0; current?.$ref; hops++) {
    if (hops > 10) throw new Error(`$ref cycle at ${node.$ref}`);
    current = resolvePointer(current.$ref) as Json;
  }
  return current as T;
}

/** Every `$ref` in the document, with where it was found. */
function collectRefs(node: unknown, at: string, found: string[][]) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => collectRefs(item, `${at}/${i}`, found));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        found.push([at, value]);
      } else {
        collectRefs(value, `${at}/${key}`, found);
      }
    }
  }
}

function operations(): Array<{ path: string; method: string; op: Json }> {
  return Object.entries(spec.paths as Json).flatMap(([path, item]) =>
    Object.entries(item as Json)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ path, method, op: op as Json })),
  );
}

/** The routes the routers register, as `METHOD /path/{param}`. */
function registeredRoutes(): string[] {
  // Only route registration matters: no request is made, so nothing is called.
  const stub = {} as any;
  const router = createRouter({
    httpAuth: stub,
    permissions: stub,
    auditor: stub,
    catalog: stub,
    db: { runs: stub, waivers: stub } as unknown as AlignmentDatabase,
    queries: stub as AlignmentQueries,
    runner: stub as EvaluationRunner,
    triggerFullRun: async () => {},
    waiverMaxDays: 180,
    previewSnapshots: stub,
    readEntities: stub,
  });
  const routes: string[] = [];
  const walk = (stack: any[]) => {
    for (const layer of stack) {
      if (layer.route) {
        const path = String(layer.route.path).replace(/:(\w+)/g, '{$1}');
        for (const [method, enabled] of Object.entries(layer.route.methods)) {
          if (enabled) routes.push(`${method.toUpperCase()} ${path}`);
        }
      } else if (Array.isArray(layer.handle?.stack)) {
        walk(layer.handle.stack);
      }
    }
  };
  walk((router as any).stack);
  return routes.sort();
}

/** The JSON Schema of what a zod schema accepts, as the spec should state it. */
function inputSchema(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
}

const KEYWORDS = [
  'type',
  'enum',
  'default',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
];

/**
 * Expects a documented object body to have the properties, required fields
 * and strictness of the zod schema, and each property its constraints.
 */
function expectSameBody(where: string, documented: Json, schema: z.ZodType) {
  const enforced = inputSchema(schema);
  expect(Object.keys(documented.properties).sort()).toEqual(
    Object.keys(enforced.properties).sort(),
  );
  expect(documented.required ?? []).toEqual(enforced.required ?? []);
  expect(documented.additionalProperties).toBe(enforced.additionalProperties);
  for (const [name, constraints] of Object.entries<Json>(enforced.properties)) {
    expectSameConstraints(
      `${where} .${name}`,
      documented.properties[name],
      constraints,
    );
  }
}

/** Expects the spec's schema to state each constraint the zod schema enforces. */
function expectSameConstraints(
  where: string,
  documented: Json | undefined,
  enforced: Json,
) {
  expect({ where, defined: documented !== undefined }).toEqual({
    where,
    defined: true,
  });
  for (const keyword of KEYWORDS.filter(k => k in enforced)) {
    expect({ where, keyword, value: documented![keyword] }).toEqual({
      where,
      keyword,
      value: enforced[keyword],
    });
  }
}

function queryParameters(path: string, method: string): Map<string, Json> {
  const op = spec.paths[path][method];
  const params = (op.parameters ?? []).map((p: Json) => deref(p));
  return new Map(
    params.filter((p: Json) => p.in === 'query').map((p: Json) => [p.name, p]),
  );
}

describe('openapi.yaml', () => {
  describe('is a structurally valid OpenAPI 3.0 document', () => {
    it('has the required top-level fields', () => {
      expect(spec.openapi).toMatch(/^3\.0\.\d+$/);
      expect(typeof spec.info?.title).toBe('string');
      expect(typeof spec.info?.version).toBe('string');
      expect(typeof spec.paths).toBe('object');
      for (const path of Object.keys(spec.paths)) {
        expect(path).toMatch(/^\//);
      }
    });

    it('resolves every $ref', () => {
      const refs: string[][] = [];
      collectRefs(spec, '#', refs);
      expect(refs.length).toBeGreaterThan(0);
      const broken = refs.filter(
        ([, ref]) => resolvePointer(ref) === undefined,
      );
      expect(broken).toEqual([]);
    });

    it('gives every operation a unique id, responses, and its path parameters', () => {
      const ids = new Set<string>();
      for (const { path, method, op } of operations()) {
        const where = `${method.toUpperCase()} ${path}`;
        expect({ where, operationId: typeof op.operationId }).toEqual({
          where,
          operationId: 'string',
        });
        expect(ids.has(op.operationId)).toBe(false);
        ids.add(op.operationId);
        expect({ where, responses: Object.keys(op.responses ?? {}) }).toEqual({
          where,
          responses: expect.arrayContaining([expect.stringMatching(/^2\d\d$/)]),
        });
        for (const response of Object.values<Json>(op.responses)) {
          expect(typeof deref(response).description).toBe('string');
        }
        const templated = [...path.matchAll(/\{(\w+)\}/g)].map(m => m[1]);
        const declared = (op.parameters ?? [])
          .map((p: Json) => deref(p))
          .filter((p: Json) => p.in === 'path');
        expect({ where, path: declared.map((p: Json) => p.name) }).toEqual({
          where,
          path: templated,
        });
        for (const p of declared) expect(p.required).toBe(true);
      }
    });

    it('uses bearer authentication and Backstage error bodies', () => {
      expect(spec.components.securitySchemes.bearerAuth).toMatchObject({
        type: 'http',
        scheme: 'bearer',
      });
      expect(spec.security).toEqual([{ bearerAuth: [] }]);
      const error = spec.components.schemas.ErrorResponse;
      expect(error.properties.error.required).toEqual(['name', 'message']);
      expect(Object.keys(error.properties)).toEqual([
        'error',
        'request',
        'response',
      ]);
      for (const { path, method, op } of operations()) {
        for (const [status, response] of Object.entries<Json>(op.responses)) {
          if (!/^[45]/.test(status)) continue;
          expect({
            where: `${method.toUpperCase()} ${path} ${status}`,
            schema: deref(response).content?.['application/json']?.schema,
          }).toEqual({
            where: `${method.toUpperCase()} ${path} ${status}`,
            schema: { $ref: '#/components/schemas/ErrorResponse' },
          });
        }
      }
    });
  });

  describe('agrees with the routers', () => {
    it('documents exactly the routes the routers register', () => {
      const documented = operations()
        .map(({ path, method }) => `${method.toUpperCase()} ${path}`)
        .sort();
      expect(documented).toEqual(registeredRoutes());
    });

    it('names the permission of each write, and only real permissions', () => {
      const names = alignmentPermissions
        .filter(p => p.attributes.action !== 'read')
        .map(p => p.name);
      // Read permissions guard no route of their own; the spec says what
      // each one changes.
      for (const read of alignmentPermissions.filter(
        p => p.attributes.action === 'read',
      )) {
        expect(JSON.stringify(spec)).toContain(read.name);
      }
      const ops = operations().map(({ path, method, op }) => ({
        where: `${method.toUpperCase()} ${path}`,
        write: method !== 'get',
        permission: op['x-lodestar-permission'],
        forbidden: '403' in op.responses,
      }));
      const byName = new Map(alignmentPermissions.map(p => [p.name, p]));
      // Reads need no permission of ours; each write names a real one and can answer 403.
      expect(ops.filter(o => !o.write && o.permission !== undefined)).toEqual(
        [],
      );
      expect(
        ops
          .filter(o => o.write)
          .filter(o => !byName.has(o.permission) || !o.forbidden),
      ).toEqual([]);
      // Every write permission guards a write. A read permission may guard
      // a POST that stores nothing (the principle preview).
      expect(
        ops
          .filter(o => o.write)
          .map(o => o.permission)
          .filter(name => byName.get(name)!.attributes.action !== 'read')
          .sort(),
      ).toEqual([...names].sort());
    });

    it.each([
      ['/overview', filterSchema.strict()],
      ['/entities', listQuerySchema],
      ['/entities.csv', csvQuerySchema],
      ['/scorecards/{kind}/{namespace}/{name}/history', historyQuerySchema],
    ])(
      'states the query parameters of GET %s as validation.ts enforces them',
      (path, schema) => {
        const enforced = inputSchema(schema);
        const documented = queryParameters(path, 'get');
        expect([...documented.keys()].sort()).toEqual(
          Object.keys(enforced.properties).sort(),
        );
        for (const [name, constraints] of Object.entries<Json>(
          enforced.properties,
        )) {
          expectSameConstraints(
            `GET ${path} ?${name}`,
            documented.get(name)?.schema,
            constraints,
          );
        }
      },
    );

    it.each([
      ['/waivers', waiverBodySchema],
      ['/evaluations', evaluationBodySchema],
      ['/preview', previewBodySchema],
    ])(
      'states the body of POST %s as validation.ts enforces it',
      (path, schema) => {
        const body = deref(
          spec.paths[path].post.requestBody.content['application/json'].schema,
        );
        expect(body.type).toBe('object');
        expectSameBody(`POST ${path}`, body, schema);
      },
    );

    it.each([
      ['/facts', factPushSchema],
      ['/measures', measureObservationSchema],
    ])(
      'states the body of POST %s, one item or a batch, as pushSchemas.ts enforces it',
      (path, item) => {
        const body = deref(
          spec.paths[path].post.requestBody.content['application/json'].schema,
        );
        const [one, batch] = body.oneOf.map((s: Json) => deref(s));
        expectSameBody(`POST ${path}`, one, item);
        expect(batch).toMatchObject({
          required: ['items'],
          additionalProperties: false,
          properties: {
            items: {
              type: 'array',
              minItems: 1,
              maxItems: MAX_PUSH_ITEMS,
              items: body.oneOf[0],
            },
          },
        });
      },
    );

    it('states the body limit of every write: 2 MiB for pushes, 64 KiB otherwise', () => {
      const pushes = ['/facts', '/measures'];
      const writes = operations().filter(({ method }) => method !== 'get');
      expect(writes.length).toBeGreaterThan(pushes.length);
      for (const { path, method, op } of writes) {
        if (method === 'delete') continue;
        const limit = pushes.includes(path)
          ? PUSH_BODY_LIMIT_BYTES
          : BODY_LIMIT_BYTES;
        expect({
          where: `${method.toUpperCase()} ${path}`,
          413: deref(op.responses['413'] ?? {}).description,
        }).toEqual({
          where: `${method.toUpperCase()} ${path}`,
          413: expect.stringContaining(`${limit} bytes`),
        });
      }
    });

    it('names every check status the entity list filters on', () => {
      const pattern = new RegExp(
        spec.components.parameters.CheckStatus.schema.pattern,
      );
      expect(pattern.test(LISTED_CHECK_STATUSES.join(', '))).toBe(true);
      for (const status of LISTED_CHECK_STATUSES) {
        expect({ status, accepted: pattern.test(status) }).toEqual({
          status,
          accepted: true,
        });
      }
      expect(pattern.test('pass')).toBe(false);
      expect(spec.components.schemas.CheckStatus.enum).toEqual(
        expect.arrayContaining([...LISTED_CHECK_STATUSES]),
      );
    });
  });
});
