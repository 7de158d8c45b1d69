import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** axe-core on the page as it is now: every violation is listed with the state it was found in. */
export async function noAxeViolations(page: Page, state: string): Promise<void> {
  // AxeBuilder is typed for the `playwright` package; playwright-core's Page is the same object.
  const result = await new AxeBuilder({ page: page as never }).analyze();
  const found = result.violations.map(
    (v) => `${state}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(found).toEqual([]);
}
