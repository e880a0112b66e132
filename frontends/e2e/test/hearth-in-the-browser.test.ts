import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../src/accessibility.ts';
import { launchChromium } from '../src/browser.ts';
import { query, signIn } from '../src/gateway.ts';
import { countReactRenderers, reactRendererCount } from '../src/react-instances.ts';
import { hearthUrls } from '../src/session.ts';

const hearth = { gatewayOrigin: hearthUrls().gatewayOrigin, frontends: { urls: hearthUrls().frontends } };
let browser: Browser;
let portal: Page;
let portalUrl: string;
let familyPath: string;

beforeAll(async () => {
  browser = await launchChromium();
  portalUrl = hearth.frontends.urls.portal!;
  portal = await browser.newPage();
  await countReactRenderers(portal);
});

afterAll(async () => {
  await browser?.close();
});

/** The sections of the family page, each rendered by the remote that owns it. */
const SECTIONS = {
  families: '[data-section="family-overview"]',
  criteria: '[data-section="family-problems"]',
  interventions: '[data-section="family-interventions"]',
  outcomes: '[data-section="family-progress"]',
};

interface FamilyOnRecord {
  family: {
    reference: string;
    members: { fullName: string }[];
    headlineProblems: { problem: { title: string } }[];
    interventions: { model: { name: string } }[];
    outcomeProgress: { measure: { description: string } }[];
  };
}

describe('the portal', () => {
  it('signs a lead worker in with the dev sign-in and shows who they are', async () => {
    await portal.goto(`${portalUrl}/families`);
    await portal.getByRole('heading', { level: 1, name: 'Sign in to Hearth' }).waitFor();
    await expectAccessible(portal, 'the sign-in page');

    await portal.getByLabel('Sarah Ahmed').check();
    await portal.getByRole('button', { name: 'Sign in' }).click();

    // Back to the page asked for before signing in.
    await portal.getByRole('heading', { level: 1, name: 'Families' }).waitFor();
    expect(await portal.getByTestId('signed-in-user').textContent()).toContain('Signed in as Sarah Ahmed, Lead worker');
  });

  it('lists the families through the families remote', async () => {
    const table = portal.locator('[data-remote="families"] table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    await expectAccessible(portal, 'the family list');
  });

  it('shows a family with sections from all four remotes, holding what the gateway holds', async () => {
    const token = await signIn(hearth.gatewayOrigin, 'sarah.ahmed');
    // Other files allocate families as they go: pick one far enough along to have data in every subgraph.
    const { families } = await query<{ families: { edges: { node: { reference: string; interventions: unknown[]; outcomeProgress: unknown[] } }[] } }>(
      hearth.gatewayOrigin,
      token,
      '{ families(first: 100) { edges { node { reference interventions { id } outcomeProgress { id } } } } }',
    );
    const busy = families.edges.find(({ node }) => node.interventions.length > 0 && node.outcomeProgress.length > 0)!.node.reference;
    const familyLink = portal.locator('[data-remote="families"] tbody tr a', { hasText: busy });
    familyPath = (await familyLink.getAttribute('href'))!;
    await familyLink.click();
    for (const selector of Object.values(SECTIONS)) await portal.locator(selector).waitFor();

    const familyId = familyPath.split('/').pop();
    const { family } = await query<FamilyOnRecord>(
      hearth.gatewayOrigin,
      token,
      `query ($id: ID!) { family(id: $id) { reference members { fullName } headlineProblems { problem { title } }
         interventions { model { name } } outcomeProgress { measure { description } } } }`,
      { id: familyId },
    );
    await expect.poll(() => portal.locator('h1').textContent()).toBe(family.reference);
    const text = async (selector: string) => (await portal.locator(selector).textContent()) ?? '';
    for (const member of family.members) expect(await text(SECTIONS.families)).toContain(member.fullName);
    for (const { problem } of family.headlineProblems) expect(await text(SECTIONS.criteria)).toContain(problem.title);
    for (const { model } of family.interventions) expect(await text(SECTIONS.interventions)).toContain(model.name);
    for (const { measure } of family.outcomeProgress) expect(await text(SECTIONS.outcomes)).toContain(measure.description);
    // The demo cohort gives every family data in each subgraph, so no section is passing on an empty list.
    expect(family.headlineProblems.length * family.interventions.length * family.outcomeProgress.length).toBeGreaterThan(0);
    await expectAccessible(portal, 'the family page');
  });

  it('loads React once, however many remotes the page holds', async () => {
    expect(await reactRendererCount(portal)).toBe(1);
    const reactChunks = await portal.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => /__federation_shared_react(-dom)?-/.test(url)),
    );
    expect(new Set(reactChunks.map((url) => new URL(url).origin))).toEqual(new Set([portalUrl]));
  });

  it.each([
    ['/headline-problems', 'Headline problems', '[data-section="headline-problems-catalogue"]'],
    ['/intervention-models', 'Intervention models', '[data-section="intervention-models"]'],
    ['/outcomes-plan', 'Outcomes Plan', '[data-section="outcomes-plan"]'],
  ])('shows the %s catalogue from its remote', async (path, heading, selector) => {
    await portal.getByRole('link', { name: heading, exact: true }).first().click();
    await portal.getByRole('heading', { level: 1, name: heading }).waitFor();
    await portal.locator(selector).first().waitFor();
    expect(portal.url()).toBe(`${portalUrl}${path}`);
    await expectAccessible(portal, `the ${heading} page`);
  });
});

describe('each remote on its own page', () => {
  it.each([
    ['families', 'lead worker', 'table'],
    ['criteria', 'lead worker', '[data-section="headline-problems-catalogue"]'],
    ['interventions', 'lead worker', '[data-section="intervention-models"]'],
    ['outcomes', 'lead worker', '[data-section="outcomes-plan"]'],
    ['partner', 'partner', '[data-section="agency-families"] table'],
  ])('the %s remote works alone, signed in with a token', async (remote, who, selector) => {
    const token = await signIn(hearth.gatewayOrigin, who === 'partner' ? 'mark.wilson' : 'sarah.ahmed');
    const page = await browser.newPage();
    await page.goto(`${hearth.frontends.urls[remote]}/?token=${encodeURIComponent(token)}`);
    await page.locator(selector).first().waitFor();
    await expectAccessible(page, `the ${remote} remote's standalone page`);
    await page.close();
  });
});

describe('a remote that is down', () => {
  it('costs only its own section: the portal says so there and the rest keeps working', async () => {
    // As the browser sees a deployment that is down; the shared server stays up for the other files.
    await portal.route(`${hearth.frontends.urls.interventions}/**`, (route) => route.abort('connectionrefused'));
    await portal.goto(`${portalUrl}${familyPath}`);

    const fallback = portal.locator('[data-remote="interventions"] [data-section-state="failed"]');
    await fallback.waitFor();
    expect(await fallback.textContent()).toContain('Interventions cannot be shown right now');
    for (const selector of [SECTIONS.families, SECTIONS.criteria, SECTIONS.outcomes]) await portal.locator(selector).waitFor();
    await expectAccessible(portal, 'the family page with a remote down');
    await portal.unroute(`${hearth.frontends.urls.interventions}/**`);
  });
});

/** Pages through the families the token may see, as a partner's own list would. */
async function findFamily(token: string, reference: string): Promise<string | undefined> {
  type Page = { families: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; reference: string } }[] } };
  let after: string | null = null;
  for (;;) {
    const { families }: Page = await query<Page>(
      hearth.gatewayOrigin,
      token,
      'query ($after: String) { families(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id reference } } } }',
      { after },
    );
    const found = families.edges.find((edge) => edge.node.reference === reference);
    if (found || !families.pageInfo.hasNextPage) return found?.node.id;
    after = families.pageInfo.endCursor;
  }
}

describe('the partner widget in a partner agency’s own page', () => {
  const hostStyles = (page: Page) =>
    page.evaluate(() =>
      ['body', 'h1', '#connect button', '#connect label'].map((selector) => {
        const style = getComputedStyle(document.querySelector(selector)!);
        return [selector, style.fontFamily, style.color, style.backgroundColor, style.fontSize, style.lineHeight];
      }),
    );

  it('loads through the remote entry, keeps its styles to itself, and nominates a family Hearth then holds', async () => {
    const page = await browser.newPage();
    await page.goto(hearth.frontends.urls['partner-demo']!);
    await page.locator('#worker option[value="mark.wilson"]').waitFor({ state: 'attached' });
    await expectAccessible(page, 'the partner demo page');
    const before = await hostStyles(page);

    await page.selectOption('#worker', 'mark.wilson');
    await page.getByRole('button', { name: 'Connect to Hearth' }).click();
    const widget = page.locator('#hearth-widget');
    await widget.getByRole('heading', { name: 'Nominate a family' }).waitFor();
    await widget.locator('[data-section="agency-families"] table').waitFor();

    // The GOV.UK styles live in the widget's shadow root: the host page looks exactly as it did.
    expect(await hostStyles(page)).toEqual(before);
    expect(await page.evaluate(() => document.querySelectorAll('.govuk-button').length)).toBe(0);
    const widgetFont = await widget.getByRole('button', { name: 'Send nomination' }).evaluate((button) => getComputedStyle(button).fontFamily);
    expect(widgetFont.toLowerCase()).toContain('arial');
    await expectAccessible(page, 'the partner demo page with the widget');

    const fullName = `Jordan Price ${Date.now()}`;
    await widget.getByLabel('Full name of the person you know in the family').fill(fullName);
    await widget.getByLabel('Day', { exact: true }).fill('14');
    await widget.getByLabel('Month', { exact: true }).fill('6');
    await widget.getByLabel('Year', { exact: true }).fill('1988');
    await widget.getByLabel('First line of the family’s address').fill('12 Canklow Road');
    await widget.getByLabel('Postcode', { exact: true }).fill('S60 2JD');
    await widget.getByLabel('Area', { exact: true }).selectOption({ index: 1 });
    await widget.getByLabel('Why are you nominating this family?').fill('Three call-outs since August with the children present.');
    await widget.getByLabel('Yes, the family has agreed').check();
    await widget.getByLabel('Referred to MARAC').check();
    await widget.getByRole('button', { name: 'Send nomination' }).click();

    const banner = widget.locator('.govuk-notification-banner__heading');
    await banner.waitFor();
    const reference = (await banner.textContent())!.replace('Nomination sent: ', '').trim();
    expect(reference).toMatch(/^FAM-\d+$/);
    await expectAccessible(page, 'the partner demo page after a nomination');

    const token = await signIn(hearth.gatewayOrigin, 'mark.wilson');
    const nominated = await findFamily(token, reference);
    expect(nominated, `${reference} is visible to the nominating agency`).toBeDefined();
    const { family } = await query<{ family: { members: { fullName: string }[]; nomination: { reason: string; indicatorCodes: string[]; agency: { name: string } } } }>(
      hearth.gatewayOrigin,
      token,
      'query ($id: ID!) { family(id: $id) { members { fullName } nomination { reason indicatorCodes agency { name } } } }',
      { id: nominated },
    );
    expect(family.members.map((member) => member.fullName)).toContain(fullName);
    expect(family.nomination).toEqual({
      reason: 'Three call-outs since August with the children present.',
      indicatorCodes: ['DA_MARAC_REFERRAL'],
      agency: { name: 'South Yorkshire Police' },
    });
    await page.close();
  });
});
