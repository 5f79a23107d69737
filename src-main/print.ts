import type { PrintToPdfRequest, SaveFileResult } from '../src-renderer/platform/api';
import type { FileService } from './files';

export interface PdfPrintOptions {
  pageSize: 'A4';
  landscape: boolean;
  printBackground: boolean;
}

/** What a WebContents offers for printing; the page that asked is the page printed. */
export interface PdfSource {
  printToPDF(options: PdfPrintOptions): Promise<Uint8Array>;
}

export function pdfFileName(suggestedName: string): string {
  return suggestedName.toLowerCase().endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`;
}

export interface PrintService<Owner extends PdfSource> {
  printToPdf(owner: Owner, request: PrintToPdfRequest): Promise<SaveFileResult>;
}

export function createPrintService<Owner extends PdfSource>(files: FileService<Owner>): PrintService<Owner> {
  return {
    async printToPdf(owner, request) {
      // Rendered before the dialog opens, so the PDF shows the page as it was when the keeper clicked.
      const data = await owner.printToPDF({ pageSize: 'A4', landscape: request.landscape, printBackground: true });
      return files.saveFile(owner, {
        suggestedName: pdfFileName(request.suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        data,
      });
    },
  };
}
