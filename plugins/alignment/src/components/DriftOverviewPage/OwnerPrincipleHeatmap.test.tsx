import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { OwnerPrincipleHeatmap } from './OwnerPrincipleHeatmap';

const heatmap = {
  owners: ['group:default/payments'],
  principles: [
    'principle:default/docs-as-code',
    'principle:team-a/docs-as-code',
  ],
  cells: [
    {
      owner: 'group:default/payments',
      principle: 'principle:team-a/docs-as-code',
      pass: 1,
      fail: 1,
      passRate: 50,
    },
  ],
};

describe('OwnerPrincipleHeatmap', () => {
  beforeEach(async () => {
    await renderInTestApp(<OwnerPrincipleHeatmap heatmap={heatmap} />, {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
  });

  it("heads each column with the principle's name, linking to its page", () => {
    expect(screen.getByRole('link', { name: 'docs-as-code' })).toHaveAttribute(
      'href',
      '/catalog/default/principle/docs-as-code',
    );
  });

  it('names the namespace of a principle outside the default one', () => {
    expect(
      screen.getByRole('link', { name: 'team-a/docs-as-code' }),
    ).toHaveAttribute('href', '/catalog/team-a/principle/docs-as-code');
    expect(
      screen.getByRole('link', {
        name: /^payments, team-a\/docs-as-code: 50% pass/,
      }),
    ).toBeInTheDocument();
  });
});
