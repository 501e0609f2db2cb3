import { runForTest } from '../__testUtils__/runForTest';
import {
  backstageError,
  FakeBackend,
  startFakeBackend,
} from '../__testUtils__/fakeBackend';
import {
  acceptedAll,
  doraPush,
  FACTS_ROUTE,
  manyPushes,
  receivedItems,
} from '../__testUtils__/factsFixtures';
import { tempDir } from '../__testUtils__/previewFixtures';

describe('lodestar facts push --file', () => {
  let backend: FakeBackend;
  beforeEach(async () => {
    backend = await startFakeBackend();
  });
  afterEach(() => backend.close());

  const pushFile = (files: Record<string, string>, extra: string[] = []) =>
    runForTest(
      [
        'facts',
        'push',
        '--file',
        Object.keys(files)[0],
        ...extra,
        '--url',
        backend.url,
        '--token',
        't0k',
      ],
      { cwd: tempDir(files) },
    );
  const json = (value: unknown) => JSON.stringify(value, null, 2);

  const cart = doraPush('cart', '2025-06-01T00:00:00Z');
  const shop = doraPush('shop');

  it.each([
    ['one push', cart, [cart]],
    ['an array of pushes', [cart, shop], [cart, shop]],
    ['{ items }', { items: [cart, shop] }, [cart, shop]],
  ])('sends a file holding %s', async (_, content, expected) => {
    backend.answer({ status: 200, body: acceptedAll(expected, 1) });
    const run = await pushFile({ 'facts.json': json(content) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(receivedItems(backend)).toEqual([expected]);
    expect(run.stdout).toBe(
      `Accepted ${expected.length * 4} facts for ${expected.length} ${
        expected.length === 1 ? 'entity' : 'entities'
      } (0 duplicates); 1 scorecard re-evaluating.\n`,
    );
  });

  it('splits more than 1000 pushes into requests of 1000 and sums the answers', async () => {
    const pushes = manyPushes(2500, 3);
    backend.answerInTurn(
      { status: 200, body: acceptedAll(pushes.slice(0, 1000), 3) },
      { status: 200, body: acceptedAll(pushes.slice(1000, 2000), 3) },
      {
        status: 200,
        body: { accepted: 1990, duplicates: 10, reevaluating: 3 },
      },
    );
    const run = await pushFile({ 'facts.json': json({ items: pushes }) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const batches = receivedItems(backend);
    expect(batches.map(b => b.length)).toEqual([1000, 1000, 500]);
    expect(batches.flat()).toEqual(pushes);
    expect(backend.requests.every(r => r.url === FACTS_ROUTE)).toBe(true);
    // Each scorecard is counted once, though each request re-evaluated it.
    expect(run.stdout).toBe(
      'Accepted 9990 facts for 3 entities in 3 requests (10 duplicates); 3 scorecards re-evaluating.\n',
    );
  });

  it('stops at a rejected batch and says what was accepted and what was not sent', async () => {
    const pushes = manyPushes(2500, 3);
    backend.answerInTurn(
      { status: 200, body: acceptedAll(pushes.slice(0, 1000), 3) },
      {
        status: 400,
        body: backstageError(
          400,
          'InputError',
          'items[17].facts.changeFailureRate: must be a number',
          FACTS_ROUTE,
        ),
      },
    );
    const run = await pushFile({ 'facts.json': json(pushes) });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(backend.requests).toHaveLength(2);
    expect(run.stderr).toBe(
      [
        'lodestar: the backend rejected items 1001–2000 of 2500 (400):',
        '  items[17].facts.changeFailureRate: must be a number',
        'lodestar: items 1–1000 were accepted before (4000 facts, 0 duplicates); items 2001–2500 were not sent.',
        '',
      ].join('\n'),
    );
  });

  it('exits 2 on problems in the pushes, located by JSON path, without a request', async () => {
    const run = await pushFile({
      'facts.json': json({
        items: [
          cart,
          {
            entityRef: ':bad',
            source: 'ci',
            observed_at: 'yesterday',
            facts: { 'with space': 1, nothing: null },
          },
          'not a push',
          { entityRef: 'cart', source: 'ci', facts: {} },
        ],
      }),
    });
    expect(run.code).toBe(2);
    expect(backend.requests).toHaveLength(0);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'facts.json: items[1].entityRef: Entity reference ":bad" was not on the form [<kind>:][<namespace>/]<name>',
      'facts.json: items[1].facts["with space"]: "with space" is not a fact key: it must start with a letter and hold only letters, digits and _',
      'facts.json: items[1].facts.nothing: must be a number, true, false or a string, got null',
      'facts.json: items[1].observed_at: unknown field; a push has entityRef, source, facts and observedAt',
      'facts.json: items[2]: must be an object { entityRef, source, facts, observedAt? }',
      'facts.json: items[3].facts: at least one fact is required',
    ]);
  });

  it.each([
    ['not JSON', '{ items: [', /^facts\.json: not valid JSON: /],
    ['a number', '42', /^facts\.json: must hold a push/],
    ['items that are not a list', '{ "items": {} }', /items: must be an array/],
    [
      'a batch with other fields',
      '{ "items": [], "source": "ci" }',
      /source: unknown field; a batch holds only items/,
    ],
    ['no push', '[]', /^facts\.json: holds no push\n$/],
  ])('exits 2 on a file holding %s', async (_, text, message) => {
    const run = await pushFile({ 'facts.json': text });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(backend.requests).toHaveLength(0);
  });

  it('exits 2 on a missing file', async () => {
    const run = await pushFile({ 'other.json': '{}' }, [
      '--file',
      'missing.json',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('missing.json: no such file\n');
  });

  it('exits 2 when --file is combined with push flags', async () => {
    const run = await pushFile({ 'facts.json': json(cart) }, [
      '--entity',
      'cart',
      '--fact',
      'a=1',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'lodestar: --file cannot be combined with --entity, --fact; put everything in the file\n',
    );
  });
});
