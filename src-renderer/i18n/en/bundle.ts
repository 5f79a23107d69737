import type { DeepPartialMessages } from '../messageTypes';
import type { bundle as zh } from '../zh-CN/bundle';

export const bundle: DeepPartialMessages<typeof zh> = {
  title: 'USB sync (without a network)',
  intro:
    "When the station has no link: export a bundle, carry it on a USB stick to a PC with a link and have the city import it; import the city's return bundle here to receive the server's changes, and what reached the server no longer counts as unsent.",
  export: 'Export bundle',
  import: 'Import return bundle',
  exportBusy: 'Exporting…',
  importBusy: 'Importing…',
  fileFilter: 'Sync bundle',
  exported: 'Bundle saved: {{name}}, {{count}} unsent records.',
  exportedPath: 'Bundle saved to {{path}}, {{count}} unsent records.',
  exportedEmpty: 'Bundle saved: {{name}}. Nothing is unsent on this PC; the bundle only tells the city where to send changes from.',
  cancelled: 'Not saved.',
  imported: 'Return bundle imported: the city acknowledged {{acknowledged}} records; {{received}} records received from the server.',
  importedConflicts: '{{conflicts}} records were changed elsewhere on the server; the next online sync settles them as conflicts (see Conflicts).',
  keptOut: '{{count}} records could not be read by this app (perhaps from a newer version) and were not imported.',
  failed: 'Not finished: {{detail}}',
  noConnection: "This PC has not imported the city's set-up file, so USB sync is not possible. Import it on the Sync page first.",
  problems: {
    noKey: 'This PC\'s set-up file is an old one without a bundle key. Ask the city for a new set-up file (station reset-password), import it and try again.',
    notJson: 'This is not a return bundle (it cannot be read).',
    wrongFormat: 'This is not a Station Ledger return bundle.',
    newerVersion: 'The return bundle comes from a newer version of the app; update first.',
    wrongKind: 'This is a bundle a station exported, not a return bundle from the city.',
    otherStation: 'This return bundle is for another station.',
    badSignature: 'The signature does not match: the file was altered or was not exported for this station by the city. Nothing was imported.',
    invalid: 'The return bundle is incomplete.',
  },
};
