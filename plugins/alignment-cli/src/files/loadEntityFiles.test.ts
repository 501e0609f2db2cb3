import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  InputFileError,
  loadEntityFiles,
  parseEntityText,
} from './loadEntityFiles';

describe('parseEntityText', () => {
  it('reads every document of a multi-document file with its line', () => {
    const loaded = parseEntityText(
      'catalog-info.yaml',
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Component',
        'metadata: { name: billing }',
        '---',
        'apiVersion: backstage.io/v1alpha1',
        'kind: API',
        'metadata: { name: billing-api }',
        '',
      ].join('\n'),
    );
    expect(loaded.map(l => [l.entity.metadata.name, l.line])).toEqual([
      ['billing', 1],
      ['billing-api', 5],
    ]);
  });

  it('locates broken YAML as file:line:column', () => {
    expect(() =>
      parseEntityText(
        'bad.yaml',
        'apiVersion: v1\nkind: Component\nmetadata:\n  name: [unclosed\n',
      ),
    ).toThrow(/^bad\.yaml:\d+:\d+: /);
    expect(() =>
      parseEntityText(
        'bad.yaml',
        'apiVersion: v1\nkind: Component\nmetadata:\n  name: foo: bar\n',
      ),
    ).toThrow(
      'bad.yaml:4:9: Nested mappings are not allowed in compact mappings',
    );
    expect(() =>
      parseEntityText(
        'twice.yaml',
        'apiVersion: v1\nkind: A\nmetadata: { name: a }\n---\napiVersion: v1\nkind: A\nkind: B\n',
      ),
    ).toThrow('twice.yaml:7:1: Map keys must be unique');
  });

  it('rejects a document that is not an entity', () => {
    expect(() => parseEntityText('list.yaml', '- a\n- b\n')).toThrow(
      'list.yaml:1:1: not a catalog entity (expected apiVersion, kind and metadata.name)',
    );
  });
});

describe('loadEntityFiles', () => {
  it('walks directories for catalog YAML only, in a stable order', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lodestar-cli-'));
    mkdirSync(path.join(dir, 'nested'));
    const entity = (name: string) =>
      `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\n`;
    writeFileSync(path.join(dir, 'b.yaml'), entity('b'));
    writeFileSync(path.join(dir, 'nested', 'a.yml'), entity('a'));
    writeFileSync(path.join(dir, 'README.md'), '# not yaml');
    writeFileSync(
      path.join(dir, 'openapi.yaml'),
      'openapi: 3.0.0\ninfo: { title: x }\n',
    );
    const loaded = await loadEntityFiles([dir]);
    expect(loaded.map(l => l.entity.metadata.name)).toEqual(['b', 'a']);
  });

  it('names a missing path', async () => {
    await expect(loadEntityFiles(['/no/such/catalog.yaml'])).rejects.toThrow(
      InputFileError,
    );
  });
});
