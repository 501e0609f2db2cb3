import { describeAppliesTo } from './describeAppliesTo';

describe('describeAppliesTo', () => {
  it('reads kind, type, lifecycle and tags as one sentence', () => {
    expect(
      describeAppliesTo({
        kind: 'Component',
        type: 'service',
        lifecycle: 'production',
        tags: ['payments'],
      }),
    ).toBe('Components of type service in production, tagged payments');
  });

  it('says that a missing selector means every scored entity', () => {
    expect(describeAppliesTo(undefined)).toBe('Every entity Lodestar scores');
    expect(describeAppliesTo({})).toBe('Every entity Lodestar scores');
  });

  it('lists several kinds with "and", in the catalog spelling whatever the case', () => {
    expect(
      describeAppliesTo({ kind: ['component', 'API', 'Resource', 'system'] }),
    ).toBe('Components, APIs, Resources and Systems');
  });

  it('joins alternative values with "or", since any one of them matches', () => {
    expect(
      describeAppliesTo({
        kind: 'Component',
        type: ['service', 'website'],
        lifecycle: ['production', 'experimental'],
        tags: ['pci', 'payments', 'customer-facing'],
      }),
    ).toBe(
      'Components of type service or website in production or experimental, tagged pci, payments or customer-facing',
    );
  });

  it('starts with "Entities" when no kind is given', () => {
    expect(describeAppliesTo({ lifecycle: 'production' })).toBe(
      'Entities in production',
    );
    expect(describeAppliesTo({ tags: 'pci' })).toBe('Entities, tagged pci');
  });

  it('names systems and domains briefly, whether written as refs or names', () => {
    expect(
      describeAppliesTo({
        kind: 'Resource',
        type: 'database',
        system: ['system:default/payments', 'ledger'],
        domain: 'domain:finance/commerce',
      }),
    ).toBe(
      'Resources of type database, part of system payments or ledger, in domain finance/commerce',
    );
  });

  it('says that an empty list matches nothing', () => {
    expect(describeAppliesTo({ kind: 'Component', tags: [] })).toBe(
      'No entity: appliesTo.tags is an empty list, which matches nothing',
    );
  });

  it('pluralises kinds it does not know', () => {
    expect(describeAppliesTo({ kind: ['Library', 'Batch'] })).toBe(
      'Libraries and Batches',
    );
  });
});
