import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';

/** Where the shared stack and frontends are (see global-setup.ts). */
export const hearthUrls = () => ({ gatewayOrigin: inject('gatewayOrigin'), portal: inject('frontendUrls').portal!, frontends: inject('frontendUrls') });

/** A fresh page signed in to the portal as one of the demo users, through the sign-in form as a worker would. */
export async function signedInPortal(browser: Browser, name: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${hearthUrls().portal}/sign-in`);
  await page.getByLabel(name, { exact: true }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: `Welcome, ${name}` }).waitFor();
  return page;
}
