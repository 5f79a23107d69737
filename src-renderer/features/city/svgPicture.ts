import type { RasteriseSvg } from '../../domain/cityReport/summaryChart';

/**
 * The dashboard's rasteriser for the summary's chart: the SVG drawn as an image onto a canvas of exactly
 * `pixels`, on white (Word shows a transparent PNG over the page colour), with the PC's own fonts.
 */
export const rasteriseInPage: RasteriseSvg = async (svg, pixels) => {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(pixels.width, pixels.height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = pixels.width;
    canvas.height = pixels.height;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('canvas 2d context unavailable');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, pixels.width, pixels.height);
    context.drawImage(image, 0, 0, pixels.width, pixels.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (png === null) throw new Error('canvas gave no PNG');
    return new Uint8Array(await png.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
};
