import type { DeepPartialMessages } from '../messageTypes';
import type { updates as zh } from '../zh-CN/updates';

export const updates: DeepPartialMessages<typeof zh> = {
  title: 'App updates',
  current: 'Current version {{version}}',
  phase: {
    unsupported: {
      web: 'In a browser the app is whatever the server serves: there is nothing to install here.',
      'not-installed': 'This is a development build: it does not update itself.',
      platform: 'The city publishes Windows installers only: update the app on this PC by hand.',
    },
    notConfigured: 'No set-up file with an update address has been imported: once the city’s new set-up file is imported, the app checks for updates by itself.',
    idleNever: 'Not checked for updates yet.',
    idleChecked: 'This is the latest version.',
    checking: 'Checking for updates…',
    available: 'Version {{version}} is ready to install.',
    downloading: 'Downloading version {{version}}…',
    installing: 'Version {{version}} is downloaded and verified; the app will close, install it and open again.',
  },
  problem: {
    offline: 'No network: updates cannot be checked or downloaded. The app tries again once online, or press “Check for updates” later.',
    unauthorized: 'The server refused this station’s account (the city may have reset its password). To avoid locking the account, the app will not try again: import the city’s new set-up file.',
    'not-found': 'No update has been published on the server yet; ask the city’s administrator.',
    server: 'The update server had a problem; try again later.',
    integrity: 'The downloaded installer did not match the checksum (sha512) or signature the server lists; it was discarded and nothing was installed. Ask the city’s administrator rather than trying again.',
    'snapshot-missing': 'The backup that must come before an update was not found, so nothing was downloaded. Press “Update now” again.',
    unknown: 'The update failed for an unknown reason. Try again later or ask the city’s administrator.',
  },
  notice: 'Version {{version}} is ready to install',
  updateNow: 'Update now',
  later: 'Later',
  retry: 'Try again',
  check: 'Check for updates',
  backingUp: 'Backing up the station’s data first…',
  snapshotFailed: 'The station’s data could not be backed up before the update, so nothing was updated and the data is as it was. Reason: {{reason}}',
  confirmTitle: 'Update to {{version}} now?',
  confirmBody: 'The app first backs up all of the station’s data, then downloads the new version; once downloaded it closes, installs it and opens again. Save what you are typing first.',
};
