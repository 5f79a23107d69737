/**
 * A village's volunteer roster as such sheets really are: a title row, 出生年月 written to the month or not
 * at all, 无 and - for 群众, a landline in full-width digits, an ID number typed with spaces, one passport
 * holder, and a few rows that cannot be imported as they stand. Shared by the unit tests and the e2e test,
 * which both check what the import makes of each row.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10X98765432';

/** A resident ID number of 历下区 (370102) with this birth date, sequence and a correct check character. */
export function rosterId(birth: string, sequence: string): string {
  const first17 = `370102${birth.replace(/-/g, '')}${sequence}`;
  let sum = 0;
  ID_WEIGHTS.forEach((weight, i) => (sum += weight * Number(first17.charAt(i))));
  return first17 + ID_CHECK_CHARS.charAt(sum % 11);
}

function wrongCheckChar(id: string): string {
  const right = ID_CHECK_CHARS.indexOf(id.charAt(17));
  return id.slice(0, 17) + ID_CHECK_CHARS.charAt((right + 1) % ID_CHECK_CHARS.length);
}

const FULL_WIDTH_OFFSET = 0xfee0;
const fullWidth = (s: string) => s.replace(/[0-9-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + FULL_WIDTH_OFFSET));

export const ROSTER_TITLE = '泉水村志愿者花名册';
export const ROSTER_HEADER = ['序号', '姓名', '性别', '证件类型', '身份证号码', '出生年月', '联系电话', '政治面貌', '加入时间', '备注'] as const;

/** What the import should make of a row: imported or not, and the messages it shows for it (i18n keys). */
export interface RosterRow {
  cells: Array<string | number>;
  name: string;
  imported: boolean;
  /** Every message of the row, in order, with its severity. */
  messages: Array<[severity: 'error' | 'warning' | 'note', key: string]>;
  /** Stored values worth checking. */
  stored?: { birthDate?: string; joinDate?: string; politicalStatus?: string; phone?: string; idNumber?: string };
}

const WANG = rosterId('1962-03-15', '022');

export const ROSTER_ROWS: readonly RosterRow[] = [
  {
    name: '王秀英',
    cells: [1, '王秀英', '女', '', WANG, '1962年3月', '13905310001', '中共党员', '2025年6月', ''],
    imported: true,
    messages: [['note', 'importExport.note.birthMonthFromId'], ['note', 'importExport.note.monthStart']],
    stored: { birthDate: '1962-03-15', joinDate: '2025-06-01' },
  },
  {
    name: '李建国',
    cells: [2, '李建国', '男', '', rosterId('1958-11-02', '031'), '', '13905310002', '群众', '2022.10', ''],
    imported: true,
    messages: [['note', 'importExport.note.birthDateFromId'], ['note', 'importExport.note.monthStart']],
    stored: { birthDate: '1958-11-02', joinDate: '2022-10-01' },
  },
  {
    name: '张桂兰',
    cells: [3, '张桂兰', '', '', rosterId('1965-07-21', '042'), '1965-07', '13905310003', '无', '2023/3/5', ''],
    imported: true,
    messages: [['note', 'importExport.note.birthMonthFromId'], ['note', 'importExport.note.readAs']],
    stored: { politicalStatus: 'masses', joinDate: '2023-03-05' },
  },
  {
    name: '刘志强',
    cells: [4, '刘志强', '男', '', rosterId('1959-12-08', '051'), '1959-12', fullWidth('0531-88866666'), '党员', '2024年3月5日', ''],
    imported: true,
    messages: [['note', 'importExport.note.birthMonthFromId'], ['note', 'importExport.note.readAs']],
    stored: { phone: '0531-88866666', politicalStatus: 'cpc_member' },
  },
  {
    name: '陈海燕',
    cells: [5, '陈海燕', '女', '', fullWidth(rosterId('1970-05-01', '062').replace(/^(\d{6})(\d{8})/, '$1 $2 ')), '1970.05', '139 0531 0005', '-', '2021-9-1', ''],
    imported: true,
    messages: [['note', 'importExport.note.birthMonthFromId'], ['note', 'importExport.note.readAs']],
    stored: { idNumber: rosterId('1970-05-01', '062'), phone: '13905310005', politicalStatus: 'masses' },
  },
  {
    name: '杨明',
    cells: [6, '杨明', '男', '', rosterId('1960-05-01', '071'), '1961-05-01', '13905310006', '群众', '2020-01-01', ''],
    imported: true,
    messages: [['warning', 'importExport.warn.birthDateConflict']],
    stored: { birthDate: '1960-05-01' },
  },
  {
    name: '赵丽华',
    cells: [7, '赵丽华', '女', '', rosterId('1968-02-14', '082'), '2025年13月', '13905310007', '群众', '2020-01-01', ''],
    imported: true,
    messages: [['warning', 'importExport.warn.birthDateUnreadableFromId']],
    stored: { birthDate: '1968-02-14' },
  },
  {
    name: 'Anna Schmidt',
    cells: [8, 'Anna Schmidt', '女', '护照', 'E12345678', '2025年13月', '', '群众', '2023-06-01', '外籍志愿者'],
    imported: true,
    messages: [['warning', 'importExport.warn.optionalDropped']],
    stored: { birthDate: '' },
  },
  {
    name: '黄伟',
    cells: [9, '黄伟', '男', '', rosterId('1975-08-09', '091'), '', '1391234567', '群众', '', ''],
    imported: false,
    messages: [['note', 'importExport.note.birthDateFromId'], ['warning', 'importExport.warn.phoneDropped'], ['error', 'validation.required']],
  },
  {
    name: '周敏',
    cells: [10, '周敏', '女', '', wrongCheckChar(rosterId('1982-04-04', '102')), '', '', '群众', '2020-01-01', ''],
    imported: false,
    messages: [['error', 'validation.idNumber.checksum']],
  },
  {
    name: '吴静',
    cells: [11, '吴静', '女', '', rosterId('1980-10-10', '112'), '', '', '群众', '2019年', ''],
    imported: false,
    messages: [['note', 'importExport.note.birthDateFromId'], ['error', 'importExport.issue.yearOnly']],
  },
  {
    name: '孙磊',
    // 2023-03-05 as the serial number of a date column formatted 常规.
    cells: [12, '孙磊', '男', '', rosterId('1990-01-20', '121'), '', '', '共青团员', 44990, ''],
    imported: true,
    messages: [['note', 'importExport.note.birthDateFromId']],
    stored: { joinDate: '2023-03-05' },
  },
  {
    name: '马军',
    cells: [13, '马军', '男', '', WANG, '', '13905310013', '群众', '2020-01-01', '与王秀英同一身份证号（抄错了）'],
    imported: false,
    messages: [['error', 'importExport.issue.duplicateInFile']],
  },
];

/** Excel's row number of roster row i: a title row and the header come first. */
export const rosterExcelRow = (index: number): number => index + 3;

/** The corrections a keeper makes in the file of refused rows, by name: column header → new value. */
export const ROSTER_FIXES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  黄伟: { 加入时间: '2024-05-01', 联系电话: '13912345678' },
  周敏: { 身份证号码: rosterId('1982-04-04', '102') },
  吴静: { 加入时间: '2019年9月' },
  马军: { 身份证号码: rosterId('1977-07-07', '131') },
};
