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
  kind: {
    photo: 'Photo',
    sheet: 'Sign-in sheet',
  },
  strip: {
    title: 'Photos and sign-in sheets',
    saveFirst: 'Save first, then add photos and sign-in sheets here.',
    addPhotos: 'Add photos',
    addSheets: 'Add sign-in sheets',
    working: 'Processing {{count}} file(s)…',
    emptyHint: 'No photos yet. Drop photos or sign-in sheets here, or copy one and press Ctrl+V.',
    dropHint: 'Drop photos or sign-in sheets here, or copy one and press Ctrl+V',
    added: '{{count}} file(s) added',
    saveFailed: '“{{name}}” could not be saved on this PC. Check the free disk space and try again.',
    open: 'View “{{name}}”',
    savePdf: 'Save “{{name}}” to the PC to open it in a PDF reader',
    deleteDescription: 'Once deleted it is no longer printed or synced with the record; you can undo for 10 seconds.',
  },
  status: {
    pending: 'Waiting to upload',
    queued: 'Queued',
    sending: 'Uploading {{percent}}%',
    failed: 'Upload unfinished',
    failedHelp: 'It did not finish this time; the next sync carries on from where it stopped, without a second copy.',
    onServer: 'Uploaded',
    tooLarge: 'Too large, not uploaded',
    tooLargeHelp:
      'The city server refused this file (over its size limit). It stays on this PC and the other photos sync as usual. Delete it and add a smaller file instead.',
  },
  viewer: {
    takenAt: 'taken {{time}}',
    fetchFailed: 'The full photo is not on this PC and the city server cannot be reached, so only the thumbnail is shown. Open it again once online.',
  },
  errors: {
    storageFull:
      '“{{name}}” was not saved: the disk is full (or the space this app may use is used up). Nothing of this file was stored; the photos before it are kept. Free disk space, or free space under Settings → Photo storage, then add it again.',
    noStation: 'The station profile is not filled in yet, so photos cannot be added. Finish the first-run set-up first.',
    notFound: 'This photo has been deleted.',
    offline: 'The full picture is not on this PC and the city server cannot be reached: only the thumbnail can be shown. Open it again once online.',
    goneFromServer: 'The city server no longer holds this picture (it may have been deleted on another PC).',
  },
  sync: {
    tooLarge: 'Photo “{{name}}” ({{size}}) is over the city server’s size limit and was refused. It stays on this PC and the other photos sync. Delete it and add a smaller file instead.',
    failed: 'Photo “{{name}}” was not sent completely; the next sync continues where it stopped, without sending it twice.',
    refused: 'The city server refused photo “{{name}}”: {{reason}}',
  },
  list: {
    column: 'Photos',
    count: '{{count}} photo(s)',
  },
  storage: {
    title: 'Space used by photos',
    used: '{{count}} file(s), {{size}} in all (limit {{budget}})',
    pending: 'Waiting to upload',
    tooLarge: 'Too large, not uploaded',
    evictable: 'Can be freed (held by the server)',
    budget: 'Limit on this PC',
    free: 'Free space',
    freed: '{{size}} freed. The thumbnails stay on this PC; opening a photo fetches it from the server again.',
    nothingToFree: 'Nothing to free: the photos on this PC are not on the server yet, or they are within the limit.',
    freeFailed: 'Freeing space did not finish; every photo is still there. Try again later.',
    budgetSaveFailed: 'The limit changed but could not be remembered; it may revert at the next start.',
    overBudget: 'Photos are over the limit for this PC. Free space (drops full photos the server holds, thumbnails stay) or raise the limit.',
    help: 'Once photos are on the city server their full files can be freed from this PC, keeping thumbnails; they are fetched again when needed.',
  },
  print: {
    include: 'Include activity photos',
    takenAt: 'taken {{time}}',
    thumbOnly: '(full photo not on this PC: thumbnail shown)',
    recordTitle: 'Activity photos: {{heading}}',
    recordTitleContinued: 'Activity photos (continued): {{heading}}',
    pdfSheets: 'Sign-in sheets attached separately (PDF files, print them on their own): {{names}}',
    pageNumber: 'Photos page {{page}} of {{pages}}',
    ledgerTitle: 'Activity photos',
    ledgerActivity: '{{index}}. {{date}} {{title}}',
  },
};
