import type { Locator, Page } from 'playwright-core';

const SHOWN_TIMEOUT_MS = 15_000;

/** A screen of the app, found by the test id on its PageHeader (page-<name>). */
export abstract class Screen {
  protected abstract readonly testId: string;

  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId(this.testId);
  }

  async waitUntilShown(timeout = SHOWN_TIMEOUT_MS): Promise<this> {
    await this.root.waitFor({ state: 'visible', timeout });
    return this;
  }

  async waitUntilGone(timeout = SHOWN_TIMEOUT_MS): Promise<void> {
    await this.root.waitFor({ state: 'detached', timeout });
  }

  isShown(): Promise<boolean> {
    return this.root.isVisible();
  }
}
