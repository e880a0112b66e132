import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../src/accessibility.ts';
import { asWorker } from '../src/as-worker.ts';
import { launchChromium } from '../src/browser.ts';
import { signedInPortal } from '../src/session.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(() => browser?.close());

describe('searching for a family', () => {
  it('finds a family created through the API when its name is typed as it sounds: “Jon Smyth” for John Smith', async () => {
    const ask = await asWorker('priya.patel');
    const { createFamily } = await ask<{ createFamily: { id: string; reference: string } }>(
      `mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id reference } }`,
      {
        input: {
          addressLine: '14 Ferham Road',
          postcode: 'S61 1AQ',
          area: 'Rotherham North',
          identifiedBy: 'DATA_MATCHING',
          members: [{ fullName: 'John Smith', dateOfBirth: '1981-04-17', role: 'PARENT_CARER', sex: 'MALE' }],
        },
      },
    );

    const page = await signedInPortal(browser, 'Priya Patel');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Search' }).click();
    await page.getByRole('heading', { level: 1, name: 'Search for a family' }).waitFor();
    await expectAccessible(page, 'the search page');

    await page.getByLabel('Name of someone in the family').fill('Jon Smyth');
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.locator('[data-section="search-results"]');
    const found = results.getByRole('link', { name: createFamily.reference, exact: true });
    await found.waitFor();
    expect(new URL(page.url()).searchParams.get('name')).toBe('Jon Smyth');
    expect(await results.locator('tbody tr').filter({ has: page.getByRole('link', { name: createFamily.reference, exact: true }) }).textContent()).toContain('John Smith');
    await expectAccessible(page, 'the search results');

    // The search is in the address: the family and back again keeps it.
    await found.click();
    await page.getByRole('heading', { level: 1, name: createFamily.reference }).waitFor();
    await page.goBack();
    await found.waitFor();
    expect(await page.getByLabel('Name of someone in the family').inputValue()).toBe('Jon Smyth');
    await page.close();
  });

  it('shows a GOV.UK error summary, linked to the field, when nothing was asked', async () => {
    const page = await signedInPortal(browser, 'Daniel Hughes');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Search' }).click();
    await page.getByRole('button', { name: 'Search' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);
    await summary.getByRole('link').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-name');
    await expectAccessible(page, 'the search page with an error');
    await page.close();
  });
});
