import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  mockApi,
  renderPrinciplePage,
  responseError,
} from './__testUtils__/renderPrinciplePage';
import {
  CHECK_ID,
  principleEntity,
  principlePageFixture,
} from './__fixtures__/principle';

/** The principle's summary when no entity counts: no pass rate, all counts 0. */
const emptySummary = {
  ...principlePageFixture.principle,
  passRate: null,
  pass: 0,
  fail: 0,
  error: 0,
  waived: 0,
  noData: 0,
  failingCount: 0,
  errorCount: 0,
};

describe('PrinciplePageContent', () => {
  it('loads the principle page and the first page of failures, once each', async () => {
    const api = mockApi();
    await renderPrinciplePage(api);
    await screen.findByText('62.5%');
    expect(api.getPrinciplePage).toHaveBeenCalledTimes(1);
    expect(api.getPrinciplePage).toHaveBeenCalledWith({
      kind: 'Principle',
      namespace: 'default',
      name: 'services-expose-apis',
    });
    expect(api.listEntities).toHaveBeenCalledTimes(1);
    expect(api.listEntities).toHaveBeenCalledWith(
      { check: CHECK_ID, checkStatus: ['fail', 'error', 'no-data'] },
      { sort: 'owner', order: 'asc', limit: 25, cursor: undefined },
    );
    expect(api.previewPrinciple).not.toHaveBeenCalled();
  });

  it("shows the entity's rule, scope, guidance and status", async () => {
    await renderPrinciplePage(mockApi());
    await screen.findByText('62.5%');
    expect(
      screen.getByText('Components of type service in production'),
    ).toBeInTheDocument();
    expect(screen.getByText('Severity: high')).toBeInTheDocument();
    expect(screen.getByText('Status: active')).toBeInTheDocument();
    expect(document.body.textContent).toContain(
      'has(entity.spec.providesApis) && size(entity.spec.providesApis) > 0',
    );
    expect(
      screen.getByText(/capability nobody else can reuse/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Integration over isolation/)).toBeInTheDocument();
    expect(screen.getByText(/list it in providesApis/)).toBeInTheDocument();
    await waitFor(() =>
      expect(document.body.textContent).toContain('- my-service-api'),
    );
  });

  it('shows the pass rate now with its counts, and the trend', async () => {
    await renderPrinciplePage(mockApi());
    expect(await screen.findByText('62.5%')).toBeInTheDocument();
    expect(
      screen.getByText(/of 10 entities it applies to/),
    ).toBeInTheDocument();
    const outcomes = screen.getByRole('group', { name: 'Outcomes' });
    expect(outcomes).toHaveTextContent('4pass3fail1error1waived1no data');
    expect(screen.getByText('Pass rate over time')).toBeInTheDocument();
    expect(screen.queryByText(/No daily pass rate yet/)).toBeNull();
  });

  it('lists the waivers, marking the expired one', async () => {
    await renderPrinciplePage(mockApi());
    const table = await screen.findByRole('table', { name: 'Waivers' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('ledger-service');
    expect(rows[1]).toHaveTextContent(
      'API contract in review with the ERP team',
    );
    expect(rows[1]).toHaveTextContent('2099-01-31');
    expect(rows[1]).toHaveTextContent('ada');
    expect(rows[1]).not.toHaveTextContent('Expired');
    expect(rows[2]).toHaveTextContent('legacy-billing');
    expect(rows[2]).toHaveTextContent('2020-06-30');
    expect(rows[2]).toHaveTextContent('Expired');
    expect(rows[2]).toHaveTextContent('grace');
  });

  it('says when the rule does not compile and the entity breaks the schema', async () => {
    const broken = {
      ...principlePageFixture,
      principle: {
        ...principlePageFixture.principle,
        compiled: false,
        compileError: "ERROR: <input>:1:5: Syntax error: mismatched input '&&'",
        valid: false,
        problems: ['spec.severity: must be one of critical, high, medium, low'],
      },
    };
    await renderPrinciplePage(
      mockApi({ getPrinciplePage: jest.fn().mockResolvedValue(broken) }),
    );
    expect(
      await screen.findByText('The rule does not compile'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Syntax error: mismatched input '&&'/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'spec.severity: must be one of critical, high, medium, low',
      ),
    ).toBeInTheDocument();
  });

  it('explains an empty principle: applies to none, nobody failing, no waivers, no trend', async () => {
    const empty = {
      principle: emptySummary,
      passRateTrend: { points: [] },
      waivers: [],
    };
    await renderPrinciplePage(
      mockApi({
        getPrinciplePage: jest.fn().mockResolvedValue(empty),
        listEntities: jest.fn().mockResolvedValue({ items: [], totalItems: 0 }),
      }),
    );
    expect(
      await screen.findByText(/It applies to no evaluated entity yet/),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/Nobody fails this principle/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/No waivers on this principle/),
    ).toBeInTheDocument();
    expect(screen.getByText(/No daily pass rate yet/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
  });

  it('says an upcoming principle counts from its date, and on how many entities it runs', async () => {
    const upcoming = {
      ...principlePageFixture,
      principle: { ...emptySummary, upcoming: 13 },
    };
    await renderPrinciplePage(
      mockApi({
        getPrinciplePage: jest.fn().mockResolvedValue(upcoming),
        listEntities: jest.fn().mockResolvedValue({ items: [], totalItems: 0 }),
      }),
      {
        ...principleEntity,
        spec: { ...principleEntity.spec, effectiveFrom: '2099-03-01' },
      },
    );
    expect(
      await screen.findByText('Upcoming: counts from 2099-03-01'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/It applies to 13 entities today/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/evaluated on 13 entities\s+without counting/),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(/It applies to no evaluated entity yet/),
    ).toBeNull();
    expect(screen.queryByRole('group', { name: 'Outcomes' })).toBeNull();
    expect(
      await screen.findByText(/Nobody fails it until 2099-03-01/),
    ).toBeInTheDocument();
  });

  it('says nothing of a date already passed', async () => {
    await renderPrinciplePage(mockApi(), {
      ...principleEntity,
      spec: { ...principleEntity.spec, effectiveFrom: '2020-01-01' },
    });
    await screen.findByText('62.5%');
    expect(screen.queryByText(/Upcoming: counts from/)).toBeNull();
  });

  it('says which permission shows a withheld trend', async () => {
    const withheld = {
      ...principlePageFixture,
      passRateTrend: { withheld: true, points: [] },
    };
    await renderPrinciplePage(
      mockApi({ getPrinciplePage: jest.fn().mockResolvedValue(withheld) }),
    );
    expect(
      await screen.findByText(/needs the lodestar.aggregates.read permission/),
    ).toBeInTheDocument();
  });

  it('shows a progress bar while loading, and the entity text already', async () => {
    await renderPrinciplePage(
      mockApi({
        getPrinciplePage: jest.fn(() => new Promise(() => {})),
        listEntities: jest.fn(() => new Promise(() => {})),
      }),
    );
    expect(
      await screen.findByLabelText("Loading the principle's results"),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Components of type service in production'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Pass rate now')).toBeNull();
  });

  it("shows the server's error and retries on request", async () => {
    const getPrinciplePage = jest
      .fn()
      .mockRejectedValueOnce(await responseError(500, 'database is down'))
      .mockResolvedValue(principlePageFixture);
    await renderPrinciplePage(mockApi({ getPrinciplePage }));
    expect(
      (await screen.findAllByText(/database is down/))[0],
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Could not load this principle's results/),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('62.5%')).toBeInTheDocument();
    expect(getPrinciplePage).toHaveBeenCalledTimes(2);
  });

  it('says the caller may not see the results on a 403, without a stack', async () => {
    await renderPrinciplePage(
      mockApi({
        getPrinciplePage: jest
          .fn()
          .mockRejectedValue(await responseError(403, 'Forbidden')),
      }),
    );
    expect(
      await screen.findByText(
        "You don't have permission to see this principle's results",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Request failed/)).toBeNull();
    expect(screen.queryByText('Failing, erroring and without data')).toBeNull();
  });

  it('renders entity text as text, not markup', async () => {
    const hostile = {
      ...principleEntity,
      spec: {
        ...principleEntity.spec,
        rationale: '<img src=x onerror=alert(1)>',
      },
    };
    const { container } = await renderPrinciplePage(mockApi(), hostile);
    expect(
      await screen.findByText('<img src=x onerror=alert(1)>'),
    ).toBeInTheDocument();
    expect(container.querySelector('img[src="x"]')).toBeNull();
  });
});
