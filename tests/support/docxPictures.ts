import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';

/** A picture in a .docx as Word places it: the file in word/media, its pixels and the size it is shown at. */
export interface DocxPicture {
  /** 'word/media/…' */
  file: string;
  png: Uint8Array;
  /** From the PNG's own header. */
  pixels: { width: number; height: number };
  /** The drawing's extent in the document, in CSS pixels (EMU / 9525). */
  shown: { width: number; height: number };
  /** The drawing's alternative-text title (docPr title). */
  title: string;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(data: Uint8Array): boolean {
  return PNG_SIGNATURE.every((byte, i) => data[i] === byte);
}

function pngSize(data: Uint8Array): { width: number; height: number } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // The IHDR chunk comes first: length (4), 'IHDR' (4), then width and height.
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Every picture document.xml draws, followed from its r:embed through document.xml.rels to the media file.
 * A media file nothing draws is not listed (and would be a fault of its own).
 */
export async function docxPictures(docx: Uint8Array): Promise<{ pictures: DocxPicture[]; media: string[] }> {
  const zip = await JSZip.loadAsync(docx);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
  const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
  const pictures: DocxPicture[] = [];
  for (const drawing of xml.match(/<w:drawing>[\s\S]*?<\/w:drawing>/g) ?? []) {
    const embed = /r:embed="([^"]+)"/.exec(drawing)?.[1] ?? '';
    const target = targets.get(embed);
    if (target === undefined) throw new Error(`drawing refers to ${embed}, which document.xml.rels does not hold`);
    const file = `word/${target.replace(/^\/?word\//, '')}`;
    const png = await zip.file(file)?.async('uint8array');
    if (png === undefined) throw new Error(`${file} is referenced but not in the package`);
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(drawing);
    pictures.push({
      file,
      png,
      pixels: isPng(png) ? pngSize(png) : { width: 0, height: 0 },
      shown: { width: Number(extent?.[1] ?? 0) / 9525, height: Number(extent?.[2] ?? 0) / 9525 },
      title: /<wp:docPr [^>]*?title="([^"]*)"/.exec(drawing)?.[1] ?? '',
    });
  }
  return { pictures, media };
}

/**
 * How many pixels of a PNG have exactly this colour: enough to tell a drawn chart from a blank one. Reads the
 * 8-bit RGB and RGBA PNGs resvg and a canvas write (no palette, no interlace).
 */
export function pixelsOfColour(png: Uint8Array, hex: string): number {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const { width, height } = pngSize(png);
  const [depth, colourType, interlace] = [png[24], png[25], png[28]];
  if (depth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0) throw new Error(`unsupported PNG (depth ${depth}, colour type ${colourType})`);
  const channels = colourType === 6 ? 4 : 3;
  const parts: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(parts));
  const stride = width * channels;
  const previous = new Uint8Array(stride);
  const line = new Uint8Array(stride);
  const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (line[x - channels] ?? 0) : 0;
      const b = previous[x] ?? 0;
      const c = x >= channels ? (previous[x - channels] ?? 0) : 0;
      const value = row[x] ?? 0;
      let predicted = 0;
      if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[x] = (value + predicted) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const px = line.subarray(x * channels, x * channels + 3);
      if (px[0] === want[0] && px[1] === want[1] && px[2] === want[2]) count++;
    }
    previous.set(line);
  }
  return count;
}
