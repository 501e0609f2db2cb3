import { render, screen } from '@testing-library/react';
import App from './App';

describe('App', () => {
  it('offers guest sign-in when nobody is signed in', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Lodestar test portal' },
            backend: { baseUrl: 'http://localhost:7007' },
          },
          context: 'test',
        },
      ] as any,
    };

    render(App.createRoot());

    expect(
      await screen.findByText('Guest', {}, { timeout: 10000 }),
    ).toBeInTheDocument();
  });
});
