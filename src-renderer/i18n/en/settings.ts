import type { DeepPartialMessages } from '../messageTypes';
import type { settings as zh } from '../zh-CN/settings';

export const settings: DeepPartialMessages<typeof zh> = {
  title: 'Settings',
  profile: {
    title: 'Station profile',
  },
  language: {
    title: 'Language',
    names: { 'zh-CN': '简体中文', en: 'English' },
    help: 'Changes the language on this PC only; recorded data is not affected.',
    saveFailed: 'The language changed but the choice could not be remembered; it may revert at the next start.',
  },
  storage: {
    title: 'Local storage',
    persisted: 'Persistent storage granted',
    persistedHelp: 'The local data will not be cleared when disk space runs low. Still sync to the city server regularly.',
    notPersisted: 'Persistent storage not granted',
    notPersistedHelp:
      'When disk space runs low the local data may be cleared. Keep free space on this PC and sync to the city server or export a backup often.',
    usage: 'The ledger uses about {{used}}; about {{free}} more can be stored on this PC.',
    usageUnknown: 'The storage use of this PC cannot be read.',
    low: 'Little space is left on this PC (about {{free}}): free some disk space soon and back up to a USB stick. Once it runs out, new records cannot be saved.',
    critical: 'This PC is almost out of space (about {{free}}): new records may fail to save. Free disk space now and back up to a USB stick.',
  },
  sync: {
    title: 'City server connection',
    notConnected: 'Not connected to the city server; the data is kept on this PC only.',
    connected: 'Connected as {{user}} to {{server}}',
    connect: 'Connect',
    manage: 'Connection and sync',
  },
  about: {
    title: 'About',
    version: 'Version',
    shell: 'Running as',
    shells: { desktop: 'Desktop app', web: 'Browser' },
    deviceId: 'This PC’s id',
  },
};
