import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common as zh_common } from './zh-CN/common';
import { common as en_common } from './en/common';
import { setup as zh_setup } from './zh-CN/setup';
import { setup as en_setup } from './en/setup';
import { home as zh_home } from './zh-CN/home';
import { home as en_home } from './en/home';
import { volunteers as zh_volunteers } from './zh-CN/volunteers';
import { volunteers as en_volunteers } from './en/volunteers';
import { teams as zh_teams } from './zh-CN/teams';
import { teams as en_teams } from './en/teams';
import { projects as zh_projects } from './zh-CN/projects';
import { projects as en_projects } from './en/projects';
import { activities as zh_activities } from './zh-CN/activities';
import { activities as en_activities } from './en/activities';
import { settings as zh_settings } from './zh-CN/settings';
import { settings as en_settings } from './en/settings';
import { sync as zh_sync } from './zh-CN/sync';
import { sync as en_sync } from './en/sync';
import { importExport as zh_importExport } from './zh-CN/importExport';
import { importExport as en_importExport } from './en/importExport';
import { reports as zh_reports } from './zh-CN/reports';
import { reports as en_reports } from './en/reports';
import { certificates as zh_certificates } from './zh-CN/certificates';
import { certificates as en_certificates } from './en/certificates';
import { validation as zh_validation } from './zh-CN/validation';
import { validation as en_validation } from './en/validation';
import { catalog as zh_catalog } from './zh-CN/catalog';
import { catalog as en_catalog } from './en/catalog';
import { conflicts as zh_conflicts } from './zh-CN/conflicts';
import { conflicts as en_conflicts } from './en/conflicts';
import { backup as zh_backup } from './zh-CN/backup';
import { backup as en_backup } from './en/backup';
import { bundle as zh_bundle } from './zh-CN/bundle';
import { bundle as en_bundle } from './en/bundle';
import { serviceRules as zh_serviceRules } from './zh-CN/serviceRules';
import { serviceRules as en_serviceRules } from './en/serviceRules';
import { honours as zh_honours } from './zh-CN/honours';
import { honours as en_honours } from './en/honours';
import { duty as zh_duty } from './zh-CN/duty';
import { duty as en_duty } from './en/duty';
import { requests as zh_requests } from './zh-CN/requests';
import { requests as en_requests } from './en/requests';
import { photos as zh_photos } from './zh-CN/photos';
import { photos as en_photos } from './en/photos';
import { city as zh_city } from './zh-CN/city';
import { city as en_city } from './en/city';
import { updates as zh_updates } from './zh-CN/updates';
import { updates as en_updates } from './en/updates';
import { QUOTED_FORMAT, quoteName } from './quotedName';

/**
 * One namespace object per feature, each in its own file, so features never edit each other's strings.
 * Keys are used as `t('volunteers.list.title')`.
 */
export const zhCN = {
  common: zh_common,
  setup: zh_setup,
  home: zh_home,
  volunteers: zh_volunteers,
  teams: zh_teams,
  projects: zh_projects,
  activities: zh_activities,
  settings: zh_settings,
  sync: zh_sync,
  importExport: zh_importExport,
  reports: zh_reports,
  certificates: zh_certificates,
  validation: zh_validation,
  catalog: zh_catalog,
  conflicts: zh_conflicts,
  backup: zh_backup,
  bundle: zh_bundle,
  serviceRules: zh_serviceRules,
  honours: zh_honours,
  requests: zh_requests,
  duty: zh_duty,
  photos: zh_photos,
  city: zh_city,
  updates: zh_updates,
};

const en = {
  common: en_common,
  setup: en_setup,
  home: en_home,
  volunteers: en_volunteers,
  teams: en_teams,
  projects: en_projects,
  activities: en_activities,
  settings: en_settings,
  sync: en_sync,
  importExport: en_importExport,
  reports: en_reports,
  certificates: en_certificates,
  validation: en_validation,
  catalog: en_catalog,
  conflicts: en_conflicts,
  backup: en_backup,
  bundle: en_bundle,
  serviceRules: en_serviceRules,
  honours: en_honours,
  requests: en_requests,
  duty: en_duty,
  photos: en_photos,
  city: en_city,
  updates: en_updates,
};

export type Language = 'zh-CN' | 'en';
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export async function initI18n(language: Language = DEFAULT_LANGUAGE): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    i18next.services.formatter?.add(QUOTED_FORMAT, (value: unknown) => quoteName(String(value)));
  } else if (i18next.language !== language) {
    await i18next.changeLanguage(language);
  }
  return i18next;
}

export { i18next };
