import { screen } from '@testing-library/react';
import {
  mockApi,
  renderPrinciplePage,
} from './__testUtils__/renderPrinciplePage';

// Its own file: permission decisions are cached per permission for the
// module's lifetime, so a denial here would leak into the other tests.
describe('PreviewPanel without the preview permission', () => {
  it('offers no editor to someone who may not preview, and says why', async () => {
    const api = mockApi();
    await renderPrinciplePage(api, undefined, { mayPreview: false });
    expect(
      await screen.findByText(
        /needs the lodestar.principle.preview\s+permission, which you do not have/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Rule (CEL)')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Preview' })).toBeNull();
    expect(api.previewPrinciple).not.toHaveBeenCalled();
  });
});
