import type { DeepPartialMessages } from '../messageTypes';
import type { common as zh } from '../zh-CN/common';

export const common: DeepPartialMessages<typeof zh> = {
  appName: 'Station Ledger',
  nav: {
    home: 'Home',
    activities: 'Activities',
    volunteers: 'Volunteers',
    teams: 'Teams',
    projects: 'Projects',
    reports: 'Reports',
    records: 'Import & export',
    certificates: 'Certificates',
    sync: 'Sync',
    settings: 'Settings',
  },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit',
    delete: 'Delete',
    create: 'New',
    back: 'Back',
    search: 'Search',
    confirm: 'OK',
    reset: 'Reset',
    view: 'View',
  },
  deleted: 'Deleted {{name, quoted}}.',
  restored: 'Restored {{name, quoted}}.',
  restoreFailed: 'Could not restore; please try again or enter it anew.',
  undo: 'Undo',
  confirmDelete: 'Delete {{name, quoted}}? You can undo for 10 seconds.',
  loading: 'Loading…',
  saved: 'Saved.',
  dateRange: {
    from: 'From',
    until: 'Until',
    separator: 'to',
    incomplete: 'Enter both the first and the last day',
  },
  technicalDetail: 'Technical details (for the city administrator; can be copied)',
  unsavedWork: {
    title: 'Discard unsaved changes?',
    content: 'What you entered on this page has not been saved and will be lost. To keep it, choose “Keep editing”, then Save.',
    keepEditing: 'Keep editing',
    discard: 'Discard changes',
  },
  saveFailed: 'Could not save: {{reason}}',
  unknownError: 'An unexpected error occurred; nothing was saved. Try again, or restart the app.',
  /** What the desktop program's own errors mean (the main process sends only a code). */
  desktopErrors: {
    'forbidden-sender': 'The request did not come from the app’s own page and was refused. Restart the app.',
    'invalid-request': 'An internal request of the app was malformed and refused. Restart the app; if it happens again, tell the city administrator.',
    'file-too-large': 'The file is too large for the app to read. Choose a smaller file.',
    'encryption-unavailable': 'This PC’s system offers no encryption for saved passwords (e.g. no keyring service runs), so the password was not saved. Ask whoever looks after the PC to turn it on, then try again.',
    'credentials-unreadable': 'The connection password saved on this PC cannot be read (another Windows account, a reinstalled system, or a damaged file). Import the set-up file from the city administrator again.',
  },
  formHasErrors: 'Some fields need attention; fix the ones marked in red and save again.',
  notFound: 'This record no longer exists (it may have been deleted). Go back to the list.',
  none: 'None',
  all: 'All',
  count: '{{count}} items',
  hoursUnit: 'h',
  peopleUnit: 'people',
  sessionsUnit: 'sessions',
  startup: {
    title: 'The local data could not be opened',
    whatToDo:
      'Nothing was deleted. Close every Station Ledger window and open it again; if it still fails, send the error below to the city administrator.',
    migrationTitle: 'After the update, the local data could not be brought up to date',
    migrationWithSnapshot:
      'No data was lost: the records from before the update are still stored on this PC, and a backup was taken just before the update ({{day}}, {{records}} records). First click “Save the pre-update backup” and keep it on a USB stick, then send the error below to the city administrator. Do not clear this PC’s data until it is solved.',
    migrationNoSnapshot:
      'No data was lost: the records from before the update are still stored on this PC. Do not clear this PC’s data; send the error below to the city administrator.',
    saveSnapshot: 'Save the pre-update backup',
    snapshotSaved: 'The pre-update backup was saved.',
    snapshotMissing: 'That backup was not found; it may have been deleted.',
    snapshotTitle: 'The automatic backup before the update was not written',
    snapshotWhatToDo:
      'After an update the app brings the local data up to date, and takes a backup first; that backup could not be written (often: the disk is full). Nothing on this PC was changed. Free some disk space and open the app again; if it still fails, send the error below to the city administrator.',
  },
};
