import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../src/accessibility.ts';
import { asWorker, type Ask } from '../src/as-worker.ts';
import { launchChromium } from '../src/browser.ts';
import { hearthUrls, signedInPortal } from '../src/session.ts';

interface Household {
  id: string;
  reference: string;
  addressLine: string | null;
  postcode: string | null;
  members: { fullName: string; dateOfBirth: string; role: string; sex: string; school: string | null }[];
  restrictions: { id: string; kind: string }[];
}

const HOUSEHOLD = 'id reference addressLine postcode members { fullName dateOfBirth role sex school } restrictions { id kind }';
const MARKER_NAMES: Record<string, string> = { CSE_RISK: 'Risk of child sexual exploitation', CHILD_PROTECTION: 'Child protection', STAFF_SAFETY: 'Staff safety' };

let browser: Browser;
let page: Page;
let askAsSarah: Ask;
let family: Household;
/** A kind of marker the family does not have; never domestic abuse, which would take the address from roles it leaves out. */
let markerKind: string;

const reread = async () => (await askAsSarah<{ family: Household }>(`query ($id: ID!) { family(id: $id) { ${HOUSEHOLD} } }`, { id: family.id })).family;
const isFocused = (target: Page, className: string) => target.evaluate((name) => document.activeElement?.classList.contains(name) ?? false, className);

async function expectSuccess(target: Page, message: string) {
  const banner = target.locator('.govuk-notification-banner--success');
  await expect.poll(() => banner.textContent()).toContain(message);
  await expect.poll(() => isFocused(target, 'govuk-notification-banner')).toBe(true);
}

/** Clears the focused text box and types into it, as someone at a keyboard would. */
async function retype(target: Page, text: string) {
  await target.keyboard.press('ControlOrMeta+A');
  await target.keyboard.press('Delete');
  await target.keyboard.type(text);
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await signedInPortal(browser, 'Sarah Ahmed');
  askAsSarah = await asWorker('sarah.ahmed');
  const { myCaseload } = await askAsSarah<{ myCaseload: { family: Household }[] }>(`{ myCaseload { family { ${HOUSEHOLD} } } }`);
  const candidates = myCaseload.map((entry) => entry.family).filter((candidate) => candidate.addressLine !== null);
  const free = (candidate: Household) => Object.keys(MARKER_NAMES).filter((kind) => !candidate.restrictions.some((marker) => marker.kind === kind));
  family = candidates.find((candidate) => free(candidate).length > 0)!;
  markerKind = family && free(family)[0]!;
});

afterAll(() => browser?.close());

describe('a lead worker keeping the household up to date, by keyboard', () => {
  it('changes the household’s address', async () => {
    expect(family, 'Sarah leads a family whose address she can see and which lacks a kind of marker').toBeDefined();
    await page.goto(`${hearthUrls().portal}/families/${family.id}`);
    await page.getByRole('heading', { level: 1, name: family.reference }).waitFor();
    const household = page.getByRole('region', { name: 'Household' });
    await household.getByRole('button', { name: 'Change household details' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Change household details');

    const address = `${(Date.now() % 900) + 100} Doncaster Road`;
    await page.keyboard.press('Tab');
    await retype(page, '');
    await page.keyboard.press('Tab');
    await retype(page, 'S60 2J');
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(page, 'govuk-error-summary')).toBe(true);
    expect(await household.locator('.govuk-error-summary').textContent()).toContain('Enter the first line of the address');
    expect(await household.locator('.govuk-error-summary').textContent()).toContain('Enter a real UK postcode, like S60 1AE');
    await expectAccessible(page, 'the household form with its errors');

    // From the error summary to the field, as the summary's link takes a keyboard user.
    await household.getByRole('link', { name: 'Enter the first line of the address' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('household-address-line');
    await page.keyboard.type(address);
    await page.keyboard.press('Tab');
    await retype(page, 's60 2jh');
    await page.keyboard.press('Enter');

    await expectSuccess(page, `The household details of ${family.reference} have been changed`);
    await household.getByText(address, { exact: true }).waitFor();
    expect(await reread()).toMatchObject({ addressLine: address, postcode: 'S60 2JH' });
  });

  it('adds a family member', async () => {
    const members = page.getByRole('region', { name: 'Members' });
    const name = `Tyler Keyboard ${Date.now() % 100000}`;
    await members.getByRole('button', { name: 'Add a family member' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Add a family member');

    await page.keyboard.press('Tab');
    await page.keyboard.type(name);
    for (const part of ['1', '9', '2015']) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(part);
    }
    // Into the role radios (Parent or carer first), then down to Child; into the sex radios, Female first.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Thornhill Primary School');
    await expectAccessible(page, 'the add member form');
    await page.keyboard.press('Enter');

    await expectSuccess(page, `${name} has been added to ${family.reference}`);
    await members.getByRole('heading', { name }).waitFor();
    expect((await reread()).members).toContainEqual({ fullName: name, dateOfBirth: '2015-09-01', role: 'CHILD', sex: 'FEMALE', school: 'Thornhill Primary School' });
  });

  it('adds a restricted marker, which only a manager may lift', async () => {
    const markers = page.getByRole('region', { name: 'Restricted markers' });
    const details = `Dog on the premises; visit in pairs (${Date.now()})`;
    await markers.getByRole('button', { name: 'Add a restricted marker' }).focus();
    await page.keyboard.press('Enter');
    await markers.getByLabel(MARKER_NAMES[markerKind]!, { exact: true }).focus();
    await page.keyboard.press('Space');
    // The radios are one tab stop; the details follow, then the roles: lead workers, co-ordinators, managers.
    await page.keyboard.press('Tab');
    await page.keyboard.type(details);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await markers.getByRole('button', { name: 'Add marker' }).focus();
    await page.keyboard.press('Enter');

    await expectSuccess(page, `${MARKER_NAMES[markerKind]} marker added to ${family.reference}`);
    await markers.getByRole('rowheader', { name: MARKER_NAMES[markerKind], exact: true }).waitFor();
    const added = (await reread()).restrictions.find((marker) => marker.kind === markerKind);
    expect(added).toBeDefined();
    const readable = await askAsSarah<{ restrictedDetails: { kind: string; details: string | null }[] }>(
      `query ($id: ID!, $reason: String!) { restrictedDetails(familyId: $id, reason: $reason) { kind details } }`,
      { id: family.id, reason: 'Checking the marker the browser test added' },
    );
    expect(readable.restrictedDetails).toContainEqual({ kind: markerKind, details });
    expect(await markers.getByRole('button', { name: /^Lift/ }).count()).toBe(0);
    await expectAccessible(page, 'the family page after adding a marker');
  });

  it('and a manager lifts it, giving a reason', async () => {
    const manager = await signedInPortal(browser, 'Helen Carter');
    await manager.goto(`${hearthUrls().portal}/families/${family.id}`);
    await manager.getByRole('heading', { level: 1, name: family.reference }).waitFor();
    const markers = manager.getByRole('region', { name: 'Restricted markers' });
    const name = MARKER_NAMES[markerKind]!;
    await markers.getByRole('button', { name: `Lift the ${name.toLowerCase()} marker` }).focus();
    await manager.keyboard.press('Enter');
    await manager.keyboard.press('Tab');
    await manager.keyboard.type('Reviewed with the lead worker: the risk has gone');
    await manager.keyboard.press('Tab');
    await manager.keyboard.press('Enter');

    await expectSuccess(manager, `${name} marker lifted from ${family.reference}`);
    expect((await reread()).restrictions.map((marker) => marker.kind)).not.toContain(markerKind);
    await expect.poll(() => markers.getByRole('rowheader', { name, exact: true }).count()).toBe(0);
    await expectAccessible(manager, 'the family page after lifting a marker');
    await manager.close();
  });
});
