import { Entity } from '@backstage/catalog-model';
import { LodestarKindsProcessor } from './LodestarKindsProcessor';

const objective: Entity = {
  apiVersion: 'lodestar.dev/v1alpha1',
  kind: 'Objective',
  metadata: { name: 'win-us-midmarket' },
  spec: { owner: 'leadership', strategy: 'company-strategy', status: 'active' },
};

describe('LodestarKindsProcessor', () => {
  const processor = new LodestarKindsProcessor();

  it('accepts a valid Objective', async () => {
    await expect(processor.validateEntityKind(objective)).resolves.toBe(true);
  });

  it('leaves kinds it does not own to other processors', async () => {
    await expect(
      processor.validateEntityKind({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'x' },
        spec: {},
      }),
    ).resolves.toBe(false);
  });

  it('rejects an invalid entity with the path and problem', async () => {
    await expect(
      processor.validateEntityKind({
        ...objective,
        spec: { ...objective.spec, status: 'paused' },
      }),
    ).rejects.toThrow(
      'Invalid Objective "win-us-midmarket":\nspec.status: must be one of proposed, active, retired',
    );
  });
});
