import type { DeepPartialMessages } from '../messageTypes';
import type { photos as zh } from '../zh-CN/photos';

export const photos: DeepPartialMessages<typeof zh> = {
  input: {
    empty: '“{{name}}” is an empty file (0 bytes): there is nothing to add. Copy or take it again, then add it.',
    heic:
      '“{{name}}” is a HEIC photo (iPhones and some Android phones), which this app cannot read. On the phone choose Settings → Camera → Formats → Most Compatible and take it again, or send it to the PC by WeChat (which turns it into a JPG), then add it.',
    notSupported: '“{{name}}” is neither a photo nor a PDF and cannot be added. Add JPG or PNG photos, or sign-in sheets scanned to PDF.',
    unreadable: '“{{name}}” cannot be opened: the file may be damaged or not fully copied. Copy the photo from the phone or camera again, then add it.',
    imageTooLarge: '“{{name}}” is {{size}} MB, over {{max}} MB: that is not a photo. Choose the photo as the phone or camera took it.',
    tooManyPixels: '“{{name}}” has {{megapixels}} megapixels, over {{max}}: this PC cannot process it. Make it smaller in a picture viewer first.',
    pdfTooLarge:
      '“{{name}}” is {{size}} MB, over the {{max}} MB limit, too much to send over a mobile link. Scan it again at 150 dpi in black and white, split it into several files, or take a photo of it instead.',
  },
};
