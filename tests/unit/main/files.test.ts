import { describe, expect, it, vi } from 'vitest';
import type { FileFilter } from '../../../src-renderer/platform/api';
import {
  MAX_OPEN_FILE_BYTES,
  createFileService,
  type FileDialogs,
  type FileStore,
  type OpenDialogChoice,
  type SaveDialogChoice,
} from '../../../src-main/files';
import { createPrintService, pdfFileName, type PdfPrintOptions } from '../../../src-main/print';

const EXCEL: FileFilter[] = [{ name: 'Excel', extensions: ['xlsx'] }];

interface FakeOwner {
  printToPDF(options: PdfPrintOptions): Promise<Uint8Array>;
}

interface SetupOptions {
  save?: SaveDialogChoice;
  open?: OpenDialogChoice;
  /** What the file system reports before reading. */
  sizes?: Record<string, number>;
  /** How many bytes a read returns, when the file changed after its size was taken. */
  readBytes?: number;
  maxOpenBytes?: number;
}

// Reads return at most a few bytes so no test allocates the 100 MB it pretends to read.
function setup(options: SetupOptions = {}) {
  const written = new Map<string, Uint8Array>();
  const dialogs = {
    showSaveDialog: vi.fn(() => Promise.resolve(options.save ?? { canceled: true })),
    showOpenDialog: vi.fn(() => Promise.resolve(options.open ?? { canceled: true, filePaths: [] })),
  } satisfies FileDialogs<FakeOwner>;
  const store = {
    writeFile: vi.fn((filePath: string, data: Uint8Array) => {
      written.set(filePath, data);
      return Promise.resolve();
    }),
    readFile: vi.fn((filePath: string) =>
      Promise.resolve(new Uint8Array(options.readBytes ?? Math.min(options.sizes?.[filePath] ?? 0, 16))),
    ),
    sizeOf: vi.fn((filePath: string) => Promise.resolve(options.sizes?.[filePath] ?? 0)),
  } satisfies FileStore;
  const files = createFileService<FakeOwner>({
    dialogs,
    store,
    defaultDirectory: '/home/keeper/Documents',
    ...(options.maxOpenBytes === undefined ? {} : { maxOpenBytes: options.maxOpenBytes }),
  });
  const printToPDF = vi.fn((_options: PdfPrintOptions) => Promise.resolve(new Uint8Array([37, 80, 68, 70])));
  const owner: FakeOwner = { printToPDF };
  return { files, dialogs, store, written, owner, printToPDF };
}

describe('saveFile', () => {
  it('writes the bytes where the keeper chose and says where', async () => {
    const { files, dialogs, written, owner } = setup({ save: { canceled: false, filePath: '/home/keeper/名册.xlsx' } });
    const data = new Uint8Array([1, 2, 3]);
    const result = await files.saveFile(owner, { suggestedName: '名册.xlsx', filters: EXCEL, data });
    expect(result).toEqual({ saved: true, path: '/home/keeper/名册.xlsx' });
    expect(written.get('/home/keeper/名册.xlsx')).toEqual(data);
    expect(dialogs.showSaveDialog).toHaveBeenCalledWith(owner, {
      defaultPath: '/home/keeper/Documents/名册.xlsx',
      filters: EXCEL,
    });
  });

  it('writes nothing when the keeper cancels', async () => {
    const { files, store, owner } = setup({ save: { canceled: true } });
    const result = await files.saveFile(owner, { suggestedName: 'a.xlsx', filters: EXCEL, data: new Uint8Array() });
    expect(result).toEqual({ saved: false });
    expect(store.writeFile).not.toHaveBeenCalled();
  });
});

describe('openFile', () => {
  it('returns the name and bytes of the chosen file', async () => {
    const { files, owner } = setup({
      open: { canceled: false, filePaths: ['/media/usb/志愿者.xlsx'] },
      sizes: { '/media/usb/志愿者.xlsx': 5 },
    });
    const opened = await files.openFile(owner, { filters: EXCEL });
    expect(opened?.name).toBe('志愿者.xlsx');
    expect(opened?.data.byteLength).toBe(5);
  });

  it('returns null when the keeper cancels', async () => {
    const { files, owner } = setup();
    expect(await files.openFile(owner, { filters: EXCEL })).toBeNull();
  });

  it('accepts a file of exactly 100 MB', async () => {
    const { files, owner } = setup({
      open: { canceled: false, filePaths: ['/big.xlsx'] },
      sizes: { '/big.xlsx': MAX_OPEN_FILE_BYTES },
    });
    expect(await files.openFile(owner, { filters: EXCEL })).toEqual({ name: 'big.xlsx', data: new Uint8Array(16) });
  });

  it('refuses a file over 100 MB with a clear error, without reading it', async () => {
    const { files, store, owner } = setup({
      open: { canceled: false, filePaths: ['/huge.bak'] },
      sizes: { '/huge.bak': MAX_OPEN_FILE_BYTES + 1 },
    });
    await expect(files.openFile(owner, { filters: EXCEL })).rejects.toThrow(
      /^file-too-large: The chosen file is 100\.0 MB; files larger than 100\.0 MB cannot be opened\.$/,
    );
    expect(store.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file that grew past the limit while it was being opened', async () => {
    const { files, owner } = setup({
      open: { canceled: false, filePaths: ['/growing.csv'] },
      sizes: { '/growing.csv': 8 },
      readBytes: 12,
      maxOpenBytes: 10,
    });
    await expect(files.openFile(owner, { filters: EXCEL })).rejects.toThrow(/^file-too-large: /);
  });
});

describe('printToPdf', () => {
  it('prints the asking page to A4 and saves it as PDF', async () => {
    const { files, written, owner, printToPDF } = setup({
      save: { canceled: false, filePath: '/home/keeper/年报.pdf' },
    });
    const result = await createPrintService(files).printToPdf(owner, { suggestedName: '年报', landscape: true });
    expect(result).toEqual({ saved: true, path: '/home/keeper/年报.pdf' });
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', landscape: true, printBackground: true });
    expect(written.get('/home/keeper/年报.pdf')).toEqual(new Uint8Array([37, 80, 68, 70]));
  });

  it('offers a .pdf name once', () => {
    expect(pdfFileName('年报')).toBe('年报.pdf');
    expect(pdfFileName('年报.PDF')).toBe('年报.PDF');
  });
});
