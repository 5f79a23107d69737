import { fitLongEdge, type Size } from './scale';

/**
 * Draws a decoded picture at most `maxLongEdge` on its long edge and encodes it as JPEG. A canvas encode
 * writes pixels only: no EXIF, GPS, XMP or camera maker notes survive it (the e2e test checks the bytes).
 * Transparent pixels (PNG screenshots) land on white rather than JPEG's black.
 */
export async function renderJpeg(source: CanvasImageSource & Size, maxLongEdge: number, quality: number): Promise<{ blob: Blob } & Size> {
  const size = fitLongEdge({ width: source.width, height: source.height }, maxLongEdge);
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas context');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, size.width, size.height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  return { blob, ...size };
}
