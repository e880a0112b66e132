import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../src/accessibility.ts';
import { allFamilies, asWorker } from '../src/as-worker.ts';
import { launchChromium } from '../src/browser.ts';
import { hearthUrls, signedInPortal } from '../src/session.ts';

interface Marked {
  id: string;
  reference: string;
  restrictions: { kind: string; detailsVisibleToYourRole: boolean }[];
}

let browser: Browser;
let page: Page;
let family: Marked;

beforeAll(async () => {
  browser = await launchChromium();
  page = await signedInPortal(browser, 'Helen Carter');
  const families = await allFamilies<Marked>(await asWorker('helen.carter'), 'id reference restrictions { kind detailsVisibleToYourRole }');
  family = families.find((candidate) => candidate.restrictions.some((marker) => marker.detailsVisibleToYourRole))!;
});

afterAll(() => browser?.close());

describe('a manager', () => {
  it('sees the family page with its audit trail', async () => {
    expect(family, 'the demo cohort has a family with a marker a manager may read').toBeDefined();
    await page.goto(`${hearthUrls().portal}/families/${family.id}`);
    await page.getByRole('heading', { level: 1, name: family.reference }).waitFor();
    const trail = page.locator('[data-section="audit-trail"]');
    await trail.locator('table').waitFor();
    // Opening the page is itself a read of the record, by this manager.
    await trail.getByRole('cell', { name: /helen\.carter \(Manager\)/ }).first().waitFor();
    await expectAccessible(page, 'the family page with the audit trail');
  });

  it('breaks glass with a reason to read a restricted marker, and the reason is in the audit trail', async () => {
    const markers = page.getByRole('region', { name: 'Restricted markers' });
    await markers.getByRole('button', { name: 'View details' }).click();
    const reason = `Case review with the domestic abuse co-ordinator ${Date.now()}`;
    await markers.getByLabel('Why do you need to see the details?').fill(reason);
    await markers.getByRole('button', { name: 'View details' }).click();
    await markers.getByRole('heading', { name: 'Details of the restricted markers' }).waitFor();
    await expectAccessible(page, 'the family page showing restricted details');

    await page.reload();
    await page.locator('[data-section="audit-trail"]').getByRole('cell', { name: reason }).waitFor();
  });

  it('sees in the family’s trail the evidence a lead worker recorded, as part of the headline problems and evidence', async () => {
    const sarah = await asWorker('sarah.ahmed');
    // A lead worker sees only the families she leads.
    const led = (await allFamilies<{ id: string; reference: string }>(sarah, 'id reference')).at(-1)!;
    expect(led, 'the demo cohort has a family Sarah Ahmed leads').toBeDefined();
    await sarah(`mutation ManagerTrailEvidence($input: RecordEvidenceInput!) { recordEvidence(input: $input) { id } }`, {
      input: { familyId: led.id, indicatorCode: 'HEALTH_MENTAL_HEALTH', source: 'Rotherham and Barnsley MIND', observedAt: new Date(Date.now() - 86_400_000).toISOString() },
    });

    await page.goto(`${hearthUrls().portal}/families/${led.id}`);
    await page.getByRole('heading', { level: 1, name: led.reference }).waitFor();
    const trail = page.locator('[data-section="audit-trail"]');
    await trail.getByRole('columnheader', { name: 'Part of the record' }).waitFor();
    const recorded = trail.getByRole('row').filter({ hasText: 'ManagerTrailEvidence: evidence' });
    await recorded.waitFor();
    await expect(recorded.getByRole('cell', { name: 'Headline problems and evidence' }).count()).resolves.toBe(1);
    await expect(recorded.getByRole('cell', { name: 'sarah.ahmed (Lead worker)' }).count()).resolves.toBe(1);
    await expect(recorded.getByText('Created').count()).resolves.toBe(1);
    await expectAccessible(page, 'the family page with the audit trail from every part of the record');
  });
});
