import { Resvg } from '@resvg/resvg-js';
import type { RasteriseSvg } from '../src-renderer/domain/cityReport/summaryChart';

/**
 * The CLI's rasteriser for the summary's chart: resvg, which ships as a prebuilt npm package per platform
 * (no download at install) and reads the PC's own fonts, so the Chinese title and labels are drawn with them.
 */
export const rasteriseSvg: RasteriseSvg = (svg, pixels) => {
  const picture = new Resvg(svg, { fitTo: { mode: 'width', value: pixels.width }, font: { loadSystemFonts: true } }).render();
  if (picture.width !== pixels.width || picture.height !== pixels.height) {
    return Promise.reject(new Error(`chart drawn at ${picture.width}×${picture.height}, not ${pixels.width}×${pixels.height}`));
  }
  return Promise.resolve(new Uint8Array(picture.asPng()));
};
