import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page as it stands (open shadow roots included, so the
 * partner widget is checked too) and returns the serious and critical
 * violations, the ones that stop someone using the page.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: any[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node: { target: unknown }) => JSON.stringify(node.target)),
      }));
  });
}

/** Fails the test with the list of what stops someone using the page, if anything does. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const { expect } = await import('vitest');
  expect(await seriousAccessibilityViolations(page), `serious or critical accessibility problems on ${what}`).toEqual([]);
}
