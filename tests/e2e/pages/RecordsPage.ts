import type { Download, Locator } from 'playwright-core';
import { inputOf } from './antd';
import { chooseFiles } from './fileChooser';
import { Screen } from './Screen';

const FILE_TIMEOUT_MS = 15_000;
/** How long the full-ID confirmation may take to close after 确定 before it is clicked again. */
const CONFIRM_CLOSE_MS = 3_000;

export type PreviewStat = 'total' | 'inserts' | 'updates' | 'errors' | 'skipped' | 'duplicatesInFile';

/** The parts of one problem-table row, as the keeper reads them (行号, 列, 记录, 问题). */
export interface ProblemRow {
  row: number;
  column: string;
  record: string;
  problem: string;
}

/**
 * 导入导出 (page-records): the 导入 tab (kind, file, mapping, preview with its problem table, write,
 * summary) and the 导出 tab (what, full ID numbers after a confirmation, format, a download in the browser).
 */
export class RecordsPage extends Screen {
  protected readonly testId = 'page-records';

  async openImportTab(): Promise<void> {
    await this.page.getByTestId('tab-import').click();
  }

  async openExportTab(): Promise<void> {
    await this.page.getByTestId('tab-export').click();
  }

  /** The import kind by its label (志愿者, 志愿服务队, …); the panel starts on 志愿者. */
  async chooseImportKind(label: string): Promise<void> {
    await this.page.getByTestId('import-kind').getByText(label, { exact: true }).click();
  }

  /**
   * 选择文件 and the file given, through the browser's file chooser (the web build opens a hidden
   * <input type=file>, the desktop build a native dialog).
   */
  async chooseFile(file: { name: string; buffer: Buffer }): Promise<void> {
    await chooseFiles(this.page.getByTestId('import-choose-file'), {
      name: file.name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file.buffer,
    });
  }

  /** The column-mapping table, shown when some header was not recognised. */
  mappingTable(): Locator {
    return this.page.getByTestId('mapping-table');
  }

  async checkMapping(): Promise<void> {
    await this.page.getByTestId('mapping-check').click();
  }

  /** 选择文件 with a file on disk: a big file is handed over by its path rather than sent through the protocol. */
  async chooseFilePath(path: string): Promise<void> {
    await chooseFiles(this.page.getByTestId('import-choose-file'), path);
  }

  /** "正在读取…" with its 取消读取 button, while the worker reads the file. */
  reading(): Locator {
    return this.page.getByTestId('import-reading');
  }

  async cancelReading(): Promise<void> {
    await this.page.getByTestId('import-cancel-reading').click();
  }

  /** "已取消读取…", back on the start of the import. */
  readCancelled(): Locator {
    return this.page.getByTestId('import-read-cancelled');
  }

  /** The one message for a re-imported export whose ID numbers are masked. */
  maskedNotice(): Locator {
    return this.page.getByTestId('import-masked');
  }

  /** 下载未导入的 n 行（.xlsx）, and the file the browser downloads. */
  async downloadRefusedRows(): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: FILE_TIMEOUT_MS });
    await this.page.getByTestId('import-download-refused').click();
    return download;
  }

  /** The file could not be read (wrong format, too big, …). */
  fileError(): Locator {
    return this.page.getByTestId('import-file-error');
  }

  /** The dry run's one-line verdict above the figures. */
  previewHeadline(): Locator {
    return this.page.getByTestId('preview-headline');
  }

  /** One figure of the dry run (共, 新增, 更新, 有误, 跳过, 文件内重复), as shown. */
  previewStat(stat: PreviewStat): Locator {
    return this.page.getByTestId(`preview-stat-${stat}`).locator('.ant-statistic-content-value');
  }

  problemRows(): Locator {
    return this.page.getByTestId('problem-row');
  }

  /** Every rendered row of the problem table; the table is virtual, so a long list renders what is in view. */
  async problems(): Promise<ProblemRow[]> {
    const rows = await this.problemRows().all();
    const read: ProblemRow[] = [];
    for (const row of rows) {
      const cells = await row.locator('.ant-table-cell').allInnerTexts();
      read.push({ row: Number(cells[0] ?? ''), column: cells[1] ?? '', record: cells[2] ?? '', problem: cells[3] ?? '' });
    }
    return read;
  }

  importButton(): Locator {
    return this.page.getByTestId('import-commit');
  }

  async importValidRows(): Promise<void> {
    await this.importButton().click();
  }

  /** The result once the write has finished (written, not written, why). */
  summary(): Locator {
    return this.page.getByTestId('import-summary');
  }

  async importAgain(): Promise<void> {
    await this.page.getByTestId('import-again').click();
  }

  /** What to export, by its label (志愿者, 志愿服务活动, …). */
  async chooseExportKind(label: string): Promise<void> {
    await this.page.getByTestId('export-kind').getByText(label, { exact: true }).click();
  }

  /** "将导出 n 条记录" next to the button. */
  exportCount(): Locator {
    return this.page.getByTestId('export-count');
  }

  fullIdCheckbox(): Locator {
    return inputOf(this.page.getByTestId('export-full-id'));
  }

  /** Ticks 导出完整证件号码 and answers its confirmation with 确定. */
  async exportFullIdNumbers(): Promise<void> {
    await this.page.getByTestId('export-full-id').click();
    const ok = this.page.locator('.ant-modal-confirm .ant-modal-confirm-btns .ant-btn-primary');
    // On a loaded machine a click that lands while the dialog is still opening can go unheard (seen
    // about once in five runs); a keeper would click again, and so does the test, at most twice more.
    for (let attempt = 0; attempt < 3; attempt++) {
      await ok.click();
      const closed = await ok.waitFor({ state: 'hidden', timeout: CONFIRM_CLOSE_MS }).then(
        () => true,
        () => false,
      );
      if (closed) return;
    }
    throw new Error('the 导出完整证件号码 confirmation did not close after three clicks on 确定');
  }

  /** Excel 工作簿（.xlsx） or CSV; both labels mention Excel, so the radio is found by its value. */
  async chooseFormat(format: 'xlsx' | 'csv'): Promise<void> {
    await this.page.getByTestId('export-format').locator(`input[value="${format}"]`).check();
  }

  /** 导出, and the file the browser downloads; resolves once the download has finished. */
  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: FILE_TIMEOUT_MS });
    await this.page.getByTestId('export-run').click();
    return download;
  }
}
