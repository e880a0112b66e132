import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../src/accessibility.ts';
import { asWorker, todayParts, type Ask } from '../src/as-worker.ts';
import { launchChromium } from '../src/browser.ts';
import { signedInPortal } from '../src/session.ts';

interface Family {
  id: string;
  reference: string;
  members: { id: string; fullName: string }[];
}

interface RecordedEvidence {
  id: string;
  personId: string | null;
  source: string;
  observedAt: string;
  indicator: { code: string };
}

let browser: Browser;
let page: Page;
let ask: Ask;
let family: Family;

beforeAll(async () => {
  browser = await launchChromium();
  page = await signedInPortal(browser, 'Sarah Ahmed');
  ask = await asWorker('sarah.ahmed');
  const { myCaseload } = await ask<{ myCaseload: { family: Family }[] }>('{ myCaseload { family { id reference members { id fullName } } } }');
  family = myCaseload.map((entry) => entry.family).find((candidate) => candidate.members.length > 0)!;
});

afterAll(() => browser?.close());

const focused = () => page.evaluate(() => ({ id: document.activeElement?.id ?? '', text: document.activeElement?.textContent ?? '', classes: [...(document.activeElement?.classList ?? [])] }));

describe('a lead worker recording evidence', () => {
  it('records that a family meets an indicator using only the keyboard, sees it listed, and Hearth holds it', async () => {
    const source = `MARAC ${Date.now()}`;
    const concerns = family.members[0]!;
    const today = todayParts();
    const todayIso = `${today.year}-${today.month.padStart(2, '0')}-${today.day.padStart(2, '0')}`;
    const todayInWords = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${todayIso}T00:00:00Z`));

    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My caseload' }).click();
    await page.getByRole('link', { name: family.reference, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: family.reference }).waitFor();
    const problems = page.getByRole('region', { name: 'Headline problems' });
    await problems.getByRole('button', { name: 'Record evidence' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatchObject({ text: 'Record evidence' });
    await expectAccessible(page, 'the record evidence form');

    // Nothing answered: the error summary takes focus.
    await problems.locator('form').getByRole('button', { name: 'Record evidence' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).classes).toContain('govuk-error-summary');
    await expectAccessible(page, 'the record evidence form with its errors');

    const indicator = problems.getByLabel('What does the evidence show?');
    await indicator.focus();
    // A closed select takes the first letters of an option, as a keyboard user would type them.
    await page.keyboard.type('Referred to MARAC');
    await expect.poll(() => indicator.inputValue()).toBe('DA_MARAC_REFERRAL');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatchObject({ id: `evidence-person-${concerns.id}` });
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.type(source);
    for (const part of [today.day, today.month, today.year]) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(part);
    }
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatchObject({ text: 'Record evidence' });
    await page.keyboard.press('Enter');

    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(`Evidence of domestic abuse observed on ${todayInWords} recorded for ${family.reference}`);
    expect((await focused()).classes).toContain('govuk-notification-banner');
    const listed = problems.getByRole('table', { name: 'Evidence of domestic abuse' }).getByRole('row').filter({ hasText: source });
    await listed.waitFor();
    expect(await listed.textContent()).toBe(`Referred to MARAC${concerns.fullName}${source}${todayInWords}`);
    await expectAccessible(page, 'the family page after recording evidence');

    const { family: held } = await ask<{ family: { headlineProblems: { problem: { code: string }; evidence: RecordedEvidence[] }[] } }>(
      'query ($id: ID!) { family(id: $id) { headlineProblems { problem { code } evidence { id personId source observedAt indicator { code } } } } }',
      { id: family.id },
    );
    const domesticAbuse = held.headlineProblems.find((problem) => problem.problem.code === 'DOMESTIC_ABUSE');
    expect(domesticAbuse?.evidence.filter((evidence) => evidence.source === source)).toEqual([
      { id: expect.any(String), personId: concerns.id, source, observedAt: `${todayIso}T00:00:00.000Z`, indicator: { code: 'DA_MARAC_REFERRAL' } },
    ]);
  });
});
