/* eslint-disable no-console -- a command-line test step: it reports on the console. */
/*
 * The pages of the strategy kinds and of teams, as an architect and a team
 * lead use them: read the strategy, follow a retired objective's drift, see
 * who fails a principle and preview an edit of its rule, and see what a
 * team should fix first. Saves the screenshots the README shows.
 */
import path from 'node:path';
import { APP } from './portal.mjs';

/**
 * Runs the checks on `page`, reporting each through `check`, and saves
 * screenshots into `screenshots`.
 */
export async function checkStrategyPages({ page, check, screenshots }) {
  const main = page.locator('main');
  const shoot = name =>
    page.screenshot({ path: path.join(screenshots, `${name}.png`) });

  console.log('Strategy page');
  await page.goto(
    `${APP}/catalog/default/strategy/meridian-strategy/alignment`,
  );
  await check('shows the thesis, trajectory and revisions', async () => {
    await main.getByText('Thesis: why we win now').waitFor({ timeout: 60000 });
    await main.getByText('Trajectory').first().waitFor();
    await main.getByText('Funding round').first().waitFor();
    await main.getByText('Headcount doubling').first().waitFor();
  });
  await check(
    'groups objectives by status and principles by severity',
    async () => {
      await main.getByText('Retired (1)').waitFor();
      await main.getByText('Succeeded by').first().waitFor();
      await main.getByText('Critical (2)').waitFor();
    },
  );
  await check('counts who still has to revalidate, by owner', async () => {
    await main.getByText('Realignment').first().waitFor();
    await main.locator('a[href*="/alignment?owner="]').first().waitFor();
  });
  await shoot('strategy-page');

  console.log('Objective page');
  await page.goto(
    `${APP}/catalog/default/objective/grow-supplier-network/alignment`,
  );
  await check(
    'shows the drift left on a retired objective, by owner',
    async () => {
      await main
        .getByText('12 entities still serving this retired objective')
        .waitFor({ timeout: 60000 });
      await main.getByText('Win the US mid-market').first().waitFor();
    },
  );
  await check(
    'lists its supporters from the server, page by page',
    async () => {
      await main.getByText('Supporting entities').waitFor();
      await main.getByText('marketplace-community').first().waitFor();
    },
  );
  await shoot('objective-page');

  console.log('Principle page');
  await page.goto(
    `${APP}/catalog/default/principle/integrate-through-event-bus/alignment`,
  );
  await check('shows the rule, its scope and its pass rate', async () => {
    await main
      .getByText('Components of type service in production')
      .waitFor({ timeout: 60000 });
    await main.getByText('Pass rate now').waitFor();
  });
  await check(
    'lists who fails it, grouped by owner, with the message',
    async () => {
      await main.getByText('Failing, erroring and without data').waitFor();
      await main.getByText('analyticsapi').first().waitFor();
      await main
        .getByText(
          'Does not comply with "Production services integrate through the event bus".',
        )
        .first()
        .waitFor();
    },
  );
  await check('previews an edited rule without storing it', async () => {
    const rule = main.getByLabel('Rule (CEL)');
    await rule.fill('has(entity.spec.dependsOn)');
    await main.getByRole('button', { name: 'Preview' }).click();
    const result = main.getByRole('region', { name: 'Preview result' });
    await result.waitFor({ timeout: 60000 });
    await result.getByText('it applies to').waitFor();
    await result.getByText('would fail').waitFor();
  });
  await shoot('principle-page');

  console.log('Team pages');
  await page.goto(`${APP}/catalog/default/group/payments/alignment`);
  await check(
    'shows what the team should fix first, and its load',
    async () => {
      await main.getByText('What to fix first').waitFor({ timeout: 60000 });
      await main.getByText('+7 points').first().waitFor();
      await main.getByText('Ownership load').waitFor();
    },
  );
  await shoot('group-alignment');
  await page.goto(`${APP}/catalog/default/user/kofi-mensah`);
  await check("shows a user's teams and their figures", async () => {
    await main.getByText('Team alignment').waitFor({ timeout: 60000 });
    await main.getByText('Payments & Procure-to-Pay').first().waitFor();
  });
  await shoot('user-card');
}
