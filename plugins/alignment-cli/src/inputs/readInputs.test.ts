import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { displayPath, duplicateProblems, readInputs } from './readInputs';

describe('displayPath', () => {
  it('is relative inside the working directory, absolute outside it', () => {
    expect(displayPath('/repo', '/repo/catalog/a.yaml')).toBe('catalog/a.yaml');
    expect(displayPath('/repo', 'catalog/a.yaml')).toBe('catalog/a.yaml');
    expect(displayPath('/repo', '/elsewhere/a.yaml')).toBe('/elsewhere/a.yaml');
    expect(displayPath('/repo', '/repo/..hidden/a.yaml')).toBe(
      '..hidden/a.yaml',
    );
  });
});

describe('readInputs', () => {
  const entity = (
    kind: string,
    name: string,
    apiVersion = 'lodestar.dev/v1alpha1',
  ) => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\n`;

  function setUp() {
    const cwd = mkdtempSync(path.join(tmpdir(), 'lodestar-inputs-'));
    writeFileSync(path.join(cwd, 'strategy.yaml'), entity('Principle', 'p'));
    writeFileSync(
      path.join(cwd, 'catalog.yaml'),
      [
        entity('Component', 'c', 'backstage.io/v1alpha1'),
        entity('Objective', 'stray'),
      ].join('---\n'),
    );
    return cwd;
  }

  it('keeps a file reached through both lists once, as strategy', async () => {
    const cwd = setUp();
    const { entities, ignored } = await readInputs(
      ['.'],
      ['strategy.yaml'],
      cwd,
    );
    expect(entities.map(e => [e.ref, e.file, e.line, e.fromStrategy])).toEqual([
      ['principle:default/p', 'strategy.yaml', 1, true],
      ['component:default/c', 'catalog.yaml', 1, false],
    ]);
    expect(ignored.map(e => e.ref)).toEqual(['objective:default/stray']);
    expect(duplicateProblems(entities)).toEqual([]);
  });

  it('reports a missing path relative to the working directory', async () => {
    const cwd = setUp();
    await expect(
      readInputs(['nope.yaml'], ['strategy.yaml'], cwd),
    ).rejects.toThrow('nope.yaml:1:1: no such file or directory');
  });
});
