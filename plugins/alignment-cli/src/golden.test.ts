import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, runForTest } from './__testUtils__/runForTest';

// Set LODESTAR_UPDATE_GOLDEN=1 to rewrite the golden files from the current
// output; review the diff before committing it.
const UPDATE = process.env.LODESTAR_UPDATE_GOLDEN === '1';

describe.each(['text', 'json', 'junit', 'sarif'])('the %s format', format => {
  it('matches its golden file', async () => {
    const run = await runForTest([
      'check',
      'catalog',
      '--strategy',
      'strategy',
      '--format',
      format,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);

    const golden = path.join(FIXTURES, 'golden', `check.${format}.golden`);
    if (UPDATE) writeFileSync(golden, run.stdout);
    expect(run.stdout).toBe(readFileSync(golden, 'utf8'));
  });
});
