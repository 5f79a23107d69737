import { GENDERS, ID_TYPES, POLITICAL_STATUSES, PROJECT_STATUSES, SERVICE_FIELDS } from '../catalog';
import { HONOUR_KINDS, HONOUR_LEVELS, HONOUR_LINK_KINDS } from '../honours/honourKinds';
import { REQUEST_STATES } from '../requests/requestStates';
import { REQUEST_URGENCIES } from '../../records/request/shape';
import { COLUMNS_BY_KIND, columnHeaderKey, type RecordKind } from './columns';
import { serviceLabelKey, type ServiceWordGroup } from './serviceVocabulary';
import type { Translate } from './exportSheets';
import type { SheetSpec, SheetSpecColumn, SpecValue, WorkbookSpec } from './workbookSpec';

/** Rows of the template that get the drop-down lists. */
const TEMPLATE_ROWS = 500;
const HELP_WIDTHS = [18, 8, 60, 30] as const;

interface Choice {
  codes: readonly string[];
  labelKey: (code: string) => string;
}

const catalogChoice = (group: string, codes: readonly string[]): Choice => ({ codes, labelKey: (code) => `catalog.${group}.${code}` });
const serviceChoice = (group: ServiceWordGroup, codes: readonly string[]): Choice => ({ codes, labelKey: (code) => serviceLabelKey(group, code) });

/** Catalogue-backed columns offer their labels as a drop-down (by field; the service words by kind too). */
const CHOICES: Partial<Record<string, Choice>> = {
  gender: catalogChoice('gender', GENDERS),
  idType: catalogChoice('idType', ID_TYPES),
  politicalStatus: catalogChoice('political', POLITICAL_STATUSES),
  field: catalogChoice('fields', SERVICE_FIELDS),
  status: catalogChoice('projectStatus', PROJECT_STATUSES),
  kind: serviceChoice('honourKind', HONOUR_KINDS),
  level: serviceChoice('honourLevel', HONOUR_LEVELS),
  linkKind: serviceChoice('honourLink', HONOUR_LINK_KINDS),
  urgency: serviceChoice('urgency', REQUEST_URGENCIES),
  state: serviceChoice('requestState', REQUEST_STATES),
};

function choiceOf(kind: RecordKind, field: string): Choice | undefined {
  if (field !== 'active') return CHOICES[field];
  return kind === 'dutyPosts'
    ? serviceChoice('postActive', ['true', 'false'])
    : { codes: ['true', 'false'], labelKey: (code) => (code === 'true' ? 'importExport.export.active' : 'importExport.export.inactive') };
}

/**
 * The downloadable template of one kind: the data sheet with Chinese headers (ID-number and phone
 * columns already text, drop-downs for catalogue columns) and a 填写说明 sheet that explains every
 * column, the participants format and how duplicates are handled.
 */
export function buildTemplate(kind: RecordKind, t: Translate): WorkbookSpec {
  const columns = COLUMNS_BY_KIND[kind].filter((c) => c.importable);
  const dataColumns: SheetSpecColumn[] = columns.map((c) => {
    const choice = choiceOf(kind, c.field);
    const base: SheetSpecColumn = { header: t(columnHeaderKey(kind, c.field)), width: c.width, format: c.format, keepText: c.keepText };
    return choice ? { ...base, choices: choice.codes.map((code) => t(choice.labelKey(code))) } : base;
  });
  const data: SheetSpec = {
    name: t(`importExport.kinds.${kind}`),
    titleLines: [],
    columns: dataColumns,
    rows: [],
    choiceRows: TEMPLATE_ROWS,
  };

  const helpRows: SpecValue[][] = columns.map((c) => [
    t(columnHeaderKey(kind, c.field)),
    c.required ? t('importExport.template.required') : t('importExport.template.optional'),
    t(`importExport.template.help.${kind}.${c.field}`),
    t(`importExport.template.example.${kind}.${c.field}`),
  ]);
  helpRows.push([null, null, null, null]);
  for (const line of t(`importExport.template.notes.${kind}`).split('\n')) helpRows.push([line, null, null, null]);
  for (const line of t('importExport.template.notes.common').split('\n')) helpRows.push([line, null, null, null]);

  const help: SheetSpec = {
    name: t('importExport.template.helpSheet'),
    titleLines: [t('importExport.template.helpTitle', { kind: t(`importExport.kinds.${kind}`) })],
    columns: [
      { header: t('importExport.template.helpColumns.column'), width: HELP_WIDTHS[0], format: 'text' },
      { header: t('importExport.template.helpColumns.required'), width: HELP_WIDTHS[1], format: 'text' },
      { header: t('importExport.template.helpColumns.rule'), width: HELP_WIDTHS[2], format: 'text' },
      { header: t('importExport.template.helpColumns.example'), width: HELP_WIDTHS[3], format: 'text' },
    ],
    rows: helpRows,
  };
  return { sheets: [data, help] };
}
