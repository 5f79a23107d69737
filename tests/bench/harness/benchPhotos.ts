import { FULL_JPEG_QUALITY, FULL_LONG_EDGE, THUMB_JPEG_QUALITY, THUMB_LONG_EDGE } from '../../../src-renderer/photos/process/limits';
import { renderJpeg } from '../../../src-renderer/photos/process/renderJpeg';
import { createRandom, type Random } from './random';

export interface BenchPhoto {
  full: Blob;
  thumb: Blob;
  width: number;
  height: number;
  fileName: string;
  takenAt: string;
}

const WIDTH = FULL_LONG_EDGE;
const HEIGHT = (FULL_LONG_EDGE * 3) / 4;
/**
 * Grain amplitudes (0–255 luminance). A phone photo's JPEG size comes from its fine detail: flat shapes
 * alone compress to some tens of kB, far below a real activity photo. This range of grain over the scene
 * gives the 150–400 kB that 1,600-px photos at 80 % weigh (checked by the suite, which reports the sizes).
 */
const GRAIN = { min: 11, max: 24 };
const SHAPES = 40;

function colour(random: Random, light: number): string {
  return `hsl(${random.int(0, 359)} ${random.int(20, 70)}% ${light}%)`;
}

/** A scene of an activity: sky and ground, people and banners as shapes, then grain like a sensor's. */
function drawScene(context: OffscreenCanvasRenderingContext2D, random: Random): void {
  const sky = context.createLinearGradient(0, 0, 0, HEIGHT);
  sky.addColorStop(0, colour(random, 75));
  sky.addColorStop(0.55, colour(random, 60));
  sky.addColorStop(1, colour(random, 35));
  context.fillStyle = sky;
  context.fillRect(0, 0, WIDTH, HEIGHT);
  for (let i = 0; i < SHAPES; i++) {
    context.fillStyle = colour(random, random.int(25, 80));
    const x = random.int(0, WIDTH);
    const y = random.int(HEIGHT / 4, HEIGHT);
    if (random.chance(0.6)) {
      context.beginPath();
      context.ellipse(x, y, random.int(20, 90), random.int(60, 220), 0, 0, Math.PI * 2);
      context.fill();
    } else {
      context.fillRect(x, y, random.int(80, 500), random.int(30, 160));
    }
  }
  const image = context.getImageData(0, 0, WIDTH, HEIGHT);
  const grain = random.int(GRAIN.min, GRAIN.max);
  const data = image.data;
  for (let p = 0; p < data.length; p += 4) {
    const n = (random.next() - 0.5) * grain;
    data[p] = (data[p] ?? 0) + n;
    data[p + 1] = (data[p + 1] ?? 0) + n;
    data[p + 2] = (data[p + 2] ?? 0) + n;
  }
  context.putImageData(image, 0, 0);
}

/**
 * One photo as the app stores it: the scene compressed by the app's own renderJpeg at its long edge and
 * quality, and its thumbnail the same way (photos/process/preparePhoto.ts). Deterministic for a seed.
 */
export async function benchPhoto(seed: number, index: number): Promise<BenchPhoto> {
  const random = createRandom(seed + index * 7919);
  const canvas = new OffscreenCanvas(WIDTH, HEIGHT);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas context');
  drawScene(context, random);
  const bitmap = canvas.transferToImageBitmap();
  try {
    const full = await renderJpeg(bitmap, FULL_LONG_EDGE, FULL_JPEG_QUALITY);
    const thumb = await renderJpeg(bitmap, THUMB_LONG_EDGE, THUMB_JPEG_QUALITY);
    const takenAt = new Date(Date.parse('2024-03-05T01:00:00.000Z') + index * 3_600_000).toISOString();
    return { full: full.blob, thumb: thumb.blob, width: full.width, height: full.height, fileName: `IMG_${String(index + 1).padStart(4, '0')}.jpg`, takenAt };
  } finally {
    bitmap.close();
  }
}
