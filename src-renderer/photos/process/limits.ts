/** What the app keeps of a picture (issue 14): enough for an inspector to see the activity, little enough for a GPRS link. */
export const FULL_LONG_EDGE = 1600;
export const FULL_JPEG_QUALITY = 0.8;
/** Lists and the printed ledger's small pictures. */
export const THUMB_LONG_EDGE = 240;
export const THUMB_JPEG_QUALITY = 0.7;

const MB = 1024 * 1024;
/**
 * A scanned sign-in sheet is kept as it is, so its size is what travels: 5 MB is about four minutes at
 * 20 kB/s up. A sheet scanned at 150–200 dpi in black and white is well under 1 MB a page.
 */
export const MAX_PDF_BYTES = 5 * MB;
/** Larger originals are refused before decoding: a 50 MB file is no phone photo and could exhaust memory. */
export const MAX_IMAGE_INPUT_BYTES = 50 * MB;
/** Past this many pixels Chromium may fail to decode or a canvas to allocate; 100 MP is beyond any phone camera. */
export const MAX_IMAGE_PIXELS = 100_000_000;
