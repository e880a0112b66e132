import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../src/accessibility.ts';
import { allFamilies, asWorker } from '../src/as-worker.ts';
import { launchChromium } from '../src/browser.ts';
import { hearthUrls, signedInPortal } from '../src/session.ts';

interface Named {
  id: string;
  reference: string;
  members: { fullName: string }[];
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(() => browser?.close());

describe('a partner agency worker', () => {
  it('is told a family their agency does not work with is not found, not shown an error', async () => {
    const everyone = await allFamilies<Named>(await asWorker('helen.carter'), 'id reference');
    const theirs = new Set((await allFamilies<Named>(await asWorker('mark.wilson'), 'id')).map((family) => family.id));
    const unseen = everyone.find((family) => !theirs.has(family.id))!;

    const page = await signedInPortal(browser, 'Mark Wilson');
    await page.goto(`${hearthUrls().portal}/families/${unseen.id}`);
    await page.getByRole('heading', { level: 1, name: 'Family not found' }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain(unseen.reference);
    expect(await page.locator('[role="alert"], [data-section-state="failed"]').count()).toBe(0);
    expect(await page.title()).toBe('Family not found – Hearth');
    await expectAccessible(page, 'a family the partner may not see');
    await page.close();
  });

  it('is offered nothing to change on a family their agency does work with', async () => {
    const [family] = await allFamilies<Named>(await asWorker('mark.wilson'), 'id reference');
    const page = await signedInPortal(browser, 'Mark Wilson');
    await page.goto(`${hearthUrls().portal}/families/${family!.id}`);
    await page.getByRole('region', { name: 'Household' }).waitFor();
    await page.getByRole('region', { name: 'Chronology' }).locator('table').waitFor();
    expect(await page.locator('[data-remote="families"] button').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Case notes' }).count()).toBe(0);
    await expectAccessible(page, 'a family page as a partner sees it');
    await page.close();
  });
});

describe('an analyst', () => {
  it('sees pseudonyms, not names, on the family list', async () => {
    const named = await allFamilies<Named>(await asWorker('helen.carter'), 'id reference members { fullName }');
    const page = await signedInPortal(browser, 'Tom Lee');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Families' }).click();
    const table = page.locator('[data-remote="families"] table');
    await table.waitFor();
    const shown = await table.locator('tbody tr').evaluateAll((rows) => (rows as HTMLTableRowElement[]).map((row) => [row.querySelector('th')!.textContent!, row.cells[4]!.textContent!]));
    expect(shown.length).toBeGreaterThan(0);
    for (const [reference, members] of shown) {
      for (const name of members!.split(', ')) expect(name).toMatch(/^Person [0-9A-F]{8}$/);
      const real = named.find((family) => family.reference === reference);
      for (const member of real?.members ?? []) expect(members).not.toContain(member.fullName);
    }
    await expectAccessible(page, 'the family list as an analyst sees it');
    await page.close();
  });
});
