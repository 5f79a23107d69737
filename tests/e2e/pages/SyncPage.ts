import type { Locator, Page } from 'playwright-core';
import { AntdForm } from './antd';
import { chooseFiles } from './fileChooser';
import { Screen } from './Screen';

/** /sync (page-sync): 立即同步, the status card, and the connection panel (form name "connection"). */
export class SyncPage extends Screen {
  protected readonly testId = 'page-sync';
  readonly connection = new AntdForm(this.page, 'connection');

  /** 导入设置文件: the app opens a file picker (a file input in the browser); this answers it with `file`. */
  async importSetupFile(file: string): Promise<void> {
    await chooseFiles(this.page.getByTestId('sync-import-file'), file);
  }

  /** The notice that the file was read: station name and code. */
  fileRead(): Locator {
    return this.page.getByTestId('sync-file-read');
  }

  async testConnection(): Promise<void> {
    await this.page.getByTestId('sync-test').click();
  }

  /** The notice of a successful connection test (database, documents, account). */
  testOk(): Locator {
    return this.page.getByTestId('sync-test-ok');
  }

  /** What went wrong with the file or the connection, if anything. */
  connectionProblem(): Locator {
    return this.page.getByTestId('sync-connection-problem');
  }

  /** 保存并开始同步. */
  async saveConnection(): Promise<void> {
    await this.connection.submit();
  }

  async syncNow(): Promise<void> {
    await this.page.getByTestId('sync-now').click();
  }

  /** The phase on the status card, e.g. 已同步. */
  statusPhase(): Locator {
    return this.page.getByTestId('sync-status-phase');
  }

  lastError(): Locator {
    return this.page.getByTestId('sync-last-error');
  }
}

/** The sync indicator in the header of every screen: phase text and the number of changes not yet sent. */
export class SyncIndicator {
  constructor(readonly page: Page) {}

  phase(): Locator {
    return this.page.getByTestId('sync-phase');
  }

  pending(): Locator {
    return this.page.getByTestId('sync-pending');
  }
}
