import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './browser';

/*
 * The text of the PDFs Chromium prints (page.pdf: A4, print media, the app's print CSS), page by page,
 * for tests that check what a printed document says and how many pages it takes.
 */

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const text = pdf.toString('latin1');
  const header = /(\d+) 0 obj\s*/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.indexOf('stream');
    if (streamAt === -1) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    let dataStart = start + streamAt + 'stream'.length;
    if (text[dataStart] === '\r') dataStart += 1;
    if (text[dataStart] === '\n') dataStart += 1;
    const length = /\/Length (\d+)(?!\s+\d+\s+R)/.exec(dict);
    const dataEnd = length ? dataStart + Number(length[1]) : text.indexOf('endstream', dataStart);
    const raw = pdf.subarray(dataStart, dataEnd);
    let stream: Buffer | null = null;
    try {
      stream = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
    } catch {
      stream = null;
    }
    objects.set(Number(m[1]), { dict, stream });
    header.lastIndex = dataEnd;
  }
  return objects;
}

/** A font's ToUnicode CMap: code → text, and how many bytes one code takes. */
function toUnicode(cmap: string): { codes: Map<number, string>; bytes: number } {
  const codes = new Map<number, string>();
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, target] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) codes.set(parseInt(code ?? '', 16), utf16(target ?? ''));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, target] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const first = parseInt(from ?? '', 16);
      const base = parseInt(target ?? '', 16);
      for (let code = first; code <= parseInt(to ?? '', 16); code += 1) codes.set(code, String.fromCodePoint(base + code - first));
    }
  }
  const space = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(cmap);
  return { codes, bytes: space?.[1] ? space[1].length / 2 : 1 };
}

/**
 * The text of each page of a PDF as Chromium (Skia) writes it: Flate streams, fonts with ToUnicode maps,
 * glyph runs as hex strings, and /ActualText spans where a glyph stands for another character. Enough to
 * check what a printed document says; not a general PDF reader. NFKC folds the CJK radical forms some
 * glyphs map to (⽩ → 白).
 */
function pdfPageTexts(pdf: Buffer): string[] {
  const objects = pdfObjects(pdf);
  const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1] ?? -1);
  const catalog = [...objects.values()].find((o) => /\/Type \/Catalog/.test(o.dict));
  // Skia nests the page tree once a document has more pages than one node holds: walk it, in order.
  const pagesOf = (node: number, depth: number): number[] => {
    const dict = objects.get(node)?.dict ?? '';
    if (!/\/Type \/Pages\b/.test(dict)) return [node];
    if (depth > 16) throw new Error('PDF page tree deeper than 16 levels');
    const kids = /\/Kids \[([^\]]*)\]/.exec(dict)?.[1] ?? '';
    return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((m) => pagesOf(Number(m[1]), depth + 1));
  };
  const pageNumbers = pagesOf(ref(catalog?.dict ?? '', 'Pages'), 0);
  return pageNumbers.map((pageNumber) => {
    const page = objects.get(pageNumber)?.dict ?? '';
    const fonts = new Map<string, ReturnType<typeof toUnicode>>();
    for (const [, name, fontRef] of page.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const cmap = objects.get(ref(objects.get(Number(fontRef))?.dict ?? '', 'ToUnicode'))?.stream;
      if (cmap) fonts.set(name ?? '', toUnicode(cmap.toString('latin1')));
    }
    const content = objects.get(ref(page, 'Contents'))?.stream?.toString('latin1') ?? '';
    let font: ReturnType<typeof toUnicode> | undefined;
    let inActualText = false;
    let out = '';
    for (const m of content.matchAll(/\/(F\d+)\s+[\d.]+\s+Tf|\/ActualText\s*<([0-9A-Fa-f]*)>|<([0-9A-Fa-f]*)>|\b(ET|EMC)\b/g)) {
      if (m[1] !== undefined) font = fonts.get(m[1]);
      else if (m[2] !== undefined) {
        out += Buffer.from(m[2].slice(4), 'hex').swap16().toString('utf16le');
        inActualText = true;
      } else if (m[4] === 'EMC') inActualText = false;
      else if (m[4] === 'ET') out += '\n';
      else if (!inActualText && font && m[3] !== undefined) {
        for (let i = 0; i < m[3].length; i += font.bytes * 2) out += font.codes.get(parseInt(m[3].slice(i, i + font.bytes * 2), 16)) ?? '';
      }
    }
    return out.normalize('NFKC');
  });
}

/** Prints the page as Chromium prints it (A4, print media) to test-artifacts/e2e/<name>.pdf; returns the page texts. */
export async function printToA4(page: Page, name: string): Promise<string[]> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const pdf = await page.pdf({ format: 'A4' });
  writeFileSync(join(ARTIFACTS_DIR, `${name}.pdf`), pdf);
  return pdfPageTexts(pdf);
}

/** Text with line breaks gone, as a reader sees a sentence that wrapped. */
export const flat = (s: string) => s.replace(/\s+/g, '');
