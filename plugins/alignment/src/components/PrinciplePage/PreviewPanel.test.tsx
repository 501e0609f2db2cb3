import {
  act,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import {
  mockApi,
  renderPrinciplePage,
  responseError,
} from './__testUtils__/renderPrinciplePage';
import { principleEntity, RULE } from './__fixtures__/principle';

const EDITED = 'has(entity.spec.providesApis)';

async function editAndPreview(rule = EDITED) {
  const editor = await screen.findByLabelText('Rule (CEL)');
  fireEvent.change(editor, { target: { value: rule } });
  // The request settles inside act, so its state updates are flushed there.
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
  });
  return editor;
}

describe('PreviewPanel', () => {
  it("starts from the entity's rule and sends a copy of the entity with the edited rule", async () => {
    const api = mockApi();
    await renderPrinciplePage(api);
    expect(await screen.findByLabelText('Rule (CEL)')).toHaveValue(RULE);
    await editAndPreview();
    await waitFor(() => expect(api.previewPrinciple).toHaveBeenCalledTimes(1));
    expect(api.previewPrinciple).toHaveBeenCalledWith({
      apiVersion: 'lodestar.dev/v1alpha1',
      kind: 'Principle',
      metadata: {
        name: 'services-expose-apis',
        namespace: 'default',
        title: 'Production services expose their capabilities as APIs',
      },
      spec: { ...principleEntity.spec, rule: EDITED },
    });
  });

  it('shows what the draft would do', async () => {
    await renderPrinciplePage(mockApi());
    await editAndPreview();
    const result = await screen.findByRole('region', {
      name: 'Preview result',
    });
    expect(result).toHaveTextContent('8it applies to');
    expect(result).toHaveTextContent('5would pass');
    expect(result).toHaveTextContent('2would fail');
    expect(result).toHaveTextContent('1would error');
    expect(result).toHaveTextContent('81 → 74mean score before → after');
    expect(result).toHaveTextContent('2 entities:Aligned→At risk');

    const byOwner = within(result).getByRole('table', {
      name: 'Preview by owner',
    });
    const owners = within(byOwner).getAllByRole('row');
    expect(owners[1]).toHaveTextContent('finance120');
    expect(owners[2]).toHaveTextContent('marketplace401');

    const failing = within(result).getByRole('table', {
      name: 'Entities failing the draft',
    });
    const first = within(failing).getAllByRole('row')[1];
    expect(first).toHaveTextContent('ledger-sync');
    expect(first).toHaveTextContent('providesApis has 0 items');
    expect(first).toHaveTextContent('90 → 78');
    expect(result).toHaveTextContent('First 1 of 3 failing entities');
  });

  it('notes when the rule was edited after the preview, and resets to the entity rule', async () => {
    await renderPrinciplePage(mockApi());
    const editor = await editAndPreview();
    await screen.findByRole('region', { name: 'Preview result' });
    fireEvent.change(editor, { target: { value: `${EDITED} && true` } });
    expect(
      screen.getByText(/The rule has changed since this preview/),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(editor).toHaveValue(RULE);
  });

  it("shows the server's message next to the editor when the rule does not compile", async () => {
    const message =
      "The rule does not compile: ERROR: <input>:1:5: Syntax error: mismatched input '&&'";
    await renderPrinciplePage(
      mockApi({
        previewPrinciple: jest
          .fn()
          .mockRejectedValue(await responseError(400, message)),
      }),
    );
    const editor = await editAndPreview('a && && b');
    expect(
      await screen.findByText('The draft was not accepted'),
    ).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.queryByText(/Request failed/)).toBeNull();
    expect(editor).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('region', { name: 'Preview result' })).toBeNull();
  });

  it('says previewing needs the lodestar.principle.preview permission on a 403', async () => {
    await renderPrinciplePage(
      mockApi({
        previewPrinciple: jest
          .fn()
          .mockRejectedValue(await responseError(403, 'Forbidden')),
      }),
    );
    await editAndPreview();
    expect(
      await screen.findByText(
        /Previewing needs the lodestar.principle.preview permission/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('The draft was not accepted')).toBeNull();
  });

  it('does not send an empty rule', async () => {
    const api = mockApi();
    await renderPrinciplePage(api);
    fireEvent.change(await screen.findByLabelText('Rule (CEL)'), {
      target: { value: '   ' },
    });
    expect(screen.getByRole('button', { name: 'Preview' })).toBeDisabled();
    expect(api.previewPrinciple).not.toHaveBeenCalled();
  });
});
