import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../src/accessibility.ts';
import { asWorker, type Ask } from '../src/as-worker.ts';
import { launchChromium } from '../src/browser.ts';
import { signedInPortal } from '../src/session.ts';

interface Oversight {
  caseloadOversight: {
    unallocated: { id: string; reference: string; status: string }[];
    workers: { worker: { id: string; name: string }; caseloadCount: number; caseloadLimit: number }[];
  };
}

const AREA = 'Rotherham North';
let browser: Browser;
let page: Page;
let ask: Ask;

beforeAll(async () => {
  browser = await launchChromium();
  page = await signedInPortal(browser, 'Priya Patel');
  ask = await asWorker('priya.patel');
});

afterAll(() => browser?.close());

const oversight = () =>
  ask<Oversight>(
    `query ($area: String!) { caseloadOversight(area: $area) { unallocated { id reference status } workers { worker { id name } caseloadCount caseloadLimit } } }`,
    { area: AREA },
  );

describe('a co-ordinator', () => {
  it('sees the oversight of their first area: the unallocated queue, caseloads against limits, families gone quiet', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Oversight' }).click();
    await page.getByRole('heading', { level: 1, name: 'Oversight' }).waitFor();
    await page.locator('[data-section="caseload-oversight"]').waitFor();
    const { caseloadOversight } = await oversight();
    expect(await page.locator('[data-section="unallocated"] tbody tr th a').allTextContents()).toEqual(caseloadOversight.unallocated.map((family) => family.reference));
    for (const heading of ['Lead workers over their limit', `Lead workers in ${AREA}`, 'No contact for 6 weeks or more']) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    await expectAccessible(page, 'the oversight page');
  });

  it('allocates an unallocated family to a lead worker, seeing the caseload before, and the count go up after', async () => {
    const before = (await oversight()).caseloadOversight;
    // An eligible family becomes allocated, and so counts against its lead worker's caseload.
    const family = before.unallocated.find((waiting) => waiting.status === 'ELIGIBLE')!;
    expect(family, `the demo cohort has an eligible family waiting in ${AREA}`).toBeDefined();
    const chosen = before.workers.find((caseload) => caseload.worker.name === 'Megan Clarke')!;
    const countCell = () => page.locator('[data-section="area-workers"] tbody tr', { hasText: chosen.worker.name }).locator('td').first();
    expect(await countCell().textContent()).toBe(`${chosen.caseloadCount} of ${chosen.caseloadLimit}`);

    await page.getByRole('button', { name: `Allocate ${family.reference}` }).click();
    await page.getByRole('heading', { name: `Allocate ${family.reference} to a lead worker` }).waitFor();
    await page.getByLabel('Lead worker', { exact: true }).selectOption({ label: `${chosen.worker.name} – ${chosen.caseloadCount} of ${chosen.caseloadLimit}` });
    await expectAccessible(page, 'the allocation form');
    await page.getByRole('button', { name: 'Allocate', exact: true }).click();

    const banner = page.locator('.govuk-notification-banner--success');
    await expect.poll(() => banner.textContent()).toContain(`${family.reference} is now led by ${chosen.worker.name}`);
    await expect.poll(() => countCell().textContent()).toBe(`${chosen.caseloadCount + 1} of ${chosen.caseloadLimit}`);
    expect(await page.locator('[data-section="unallocated"] tbody tr th a').allTextContents()).not.toContain(family.reference);

    const { family: allocated } = await ask<{ family: { leadWorker: { name: string } | null } }>('query ($id: ID!) { family(id: $id) { leadWorker { name } } }', { id: family.id });
    expect(allocated.leadWorker?.name).toBe(chosen.worker.name);
    await expectAccessible(page, 'the oversight page after an allocation');
  });

  it('allocates a family only identified by confirming, in the form, that it meets the criteria', async () => {
    const before = (await oversight()).caseloadOversight;
    const family = before.unallocated.find((waiting) => waiting.status === 'IDENTIFIED')!;
    expect(family, `the demo cohort has an identified family waiting in ${AREA}`).toBeDefined();
    const chosen = before.workers.find((caseload) => caseload.worker.name === 'Sarah Ahmed')!;

    await page.getByRole('button', { name: `Allocate ${family.reference}` }).click();
    await page.getByLabel('Lead worker', { exact: true }).selectOption({ label: `${chosen.worker.name} – ${chosen.caseloadCount} of ${chosen.caseloadLimit}` });
    await page.getByRole('button', { name: 'Allocate', exact: true }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect.poll(() => summary.textContent()).toContain(`Confirm that ${family.reference} meets the programme’s criteria`);
    await expectAccessible(page, 'the allocation form asking for eligibility');

    await page.getByLabel('I have checked that this family meets the programme’s criteria').check();
    await page.getByRole('button', { name: 'Allocate', exact: true }).click();
    await expect.poll(() => page.locator('.govuk-notification-banner--success').textContent()).toContain(`${family.reference} is now led by ${chosen.worker.name}`);

    const { family: allocated } = await ask<{ family: { status: string; statusHistory: { toStatus: string }[] } }>(
      'query ($id: ID!) { family(id: $id) { status statusHistory { toStatus } } }',
      { id: family.id },
    );
    expect(allocated.status).toBe('ALLOCATED');
    expect(allocated.statusHistory.slice(0, 2).map((change) => change.toStatus)).toEqual(['ALLOCATED', 'ELIGIBLE']);
  });

  it('changes a lead worker’s caseload limit by keyboard, and the worker table measures against it', async () => {
    const chosen = (await oversight()).caseloadOversight.workers.find((caseload) => caseload.worker.name === 'Megan Clarke')!;
    const newLimit = chosen.caseloadLimit + 2;
    await page.getByRole('button', { name: `Change limit for ${chosen.worker.name}` }).focus();
    await page.keyboard.press('Enter');
    const input = page.getByLabel(`How many families may ${chosen.worker.name} lead at once?`);
    await input.fill(String(newLimit));
    await input.press('Enter');
    await expect.poll(() => page.locator('.govuk-notification-banner--success').textContent()).toContain(`${chosen.worker.name} may now lead ${newLimit} families at once`);
    const row = page.locator('[data-section="area-workers"] tbody tr', { hasText: chosen.worker.name });
    await expect.poll(() => row.locator('td').first().textContent()).toBe(`${chosen.caseloadCount} of ${newLimit}`);
    const after = (await oversight()).caseloadOversight.workers.find((caseload) => caseload.worker.id === chosen.worker.id)!;
    expect(after.caseloadLimit).toBe(newLimit);
    await expectAccessible(page, 'the oversight page after a new caseload limit');
  });
});
