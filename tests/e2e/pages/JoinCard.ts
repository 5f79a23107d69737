import type { Locator, Page } from 'playwright-core';
import { chooseFiles } from './fileChooser';

/** The first-run page's "本站已经在另一台电脑上使用？" card (setup-join): a second PC joins by the set-up file. */
export class JoinCard {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.getByTestId('setup-join');
  }

  /** 导入设置文件并取回本站资料, answering the file picker with `file`. */
  async importSetupFile(file: string): Promise<void> {
    await chooseFiles(this.page.getByTestId('setup-join-import'), file);
  }

  webWarning(): Locator {
    return this.page.getByTestId('setup-join-web-warning');
  }

  problem(): Locator {
    return this.page.getByTestId('setup-join-problem');
  }

  /** "正在从市级服务器取回本站资料，已接收 n 条…", with "共约 m 条" once the total is known. */
  progress(): Locator {
    return this.page.getByTestId('setup-join-progress');
  }

  progressBar(): Locator {
    return this.page.getByTestId('setup-join-filling');
  }

  noProfile(): Locator {
    return this.page.getByTestId('setup-join-no-profile');
  }
}
