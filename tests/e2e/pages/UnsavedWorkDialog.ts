import type { Locator, Page } from 'playwright-core';

/** 放弃未保存的修改？ — asked when a changed form is about to be left (取消, the side menu, back). */
export class UnsavedWorkDialog {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.locator('.ant-modal-confirm').filter({ hasText: '放弃未保存的修改？' });
  }

  keepEditingButton(): Locator {
    return this.page.getByTestId('unsaved-keep-editing');
  }

  discardButton(): Locator {
    return this.page.getByTestId('unsaved-discard');
  }

  async waitUntilShown(): Promise<this> {
    await this.root().waitFor({ state: 'visible' });
    return this;
  }

  async waitUntilGone(): Promise<void> {
    await this.root().waitFor({ state: 'detached' });
  }

  /** 放弃修改, by keyboard: Tab from the focused 继续编辑 to it, then Enter. */
  async discard(): Promise<void> {
    await this.waitUntilShown();
    await this.keepEditingButton().and(this.page.locator(':focus')).waitFor({ state: 'visible' });
    await this.page.keyboard.press('Tab');
    await this.discardButton().and(this.page.locator(':focus')).waitFor({ state: 'visible' });
    await this.page.keyboard.press('Enter');
    await this.waitUntilGone();
  }
}
