import type { FieldIssue, Parsed } from '../issues';
import type { CellRead } from './cellRead';
import type { Severity } from './importTypes';
import { cellText } from './cellText';
import { isBlankCell, type SheetCell } from './sheet';
import { normalizeWord } from './vocabulary';

/** One data row, read by field name through the column mapping. */
export class RowReader {
  constructor(
    private readonly cells: readonly SheetCell[],
    private readonly columns: ReadonlyMap<string, number>,
    readonly date1904: boolean,
  ) {}

  cell(field: string): SheetCell | undefined {
    const col = this.columns.get(field);
    return col === undefined ? undefined : this.cells[col];
  }

  /** The sheet has a column for the field (its cell may be blank). */
  mapped(field: string): boolean {
    return this.columns.has(field);
  }

  /** The column is mapped and this row's cell has something in it. */
  filled(field: string): boolean {
    return !isBlankCell(this.cell(field));
  }
}

export interface DraftIssue {
  field: string;
  key: string;
  params?: Record<string, string | number>;
  severity: Severity;
}

/**
 * The problems of one row. A field whose cell could not be read is marked, so the schema's "required"
 * for the same field does not repeat it.
 */
export class RowProblems {
  readonly list: DraftIssue[] = [];
  private readonly failed = new Set<string>();

  error(field: string, key: string, params?: Record<string, string | number>): void {
    this.failed.add(field);
    this.list.push(params ? { field, key, params, severity: 'error' } : { field, key, severity: 'error' });
  }

  /** The row is imported, but without this value or with another one: said so, with the value quoted. */
  warn(field: string, key: string, params?: Record<string, string | number>): void {
    this.list.push(params ? { field, key, params, severity: 'warning' } : { field, key, severity: 'warning' });
  }

  /** What the import did with a value the keeper should know about (a month stored as a day, 无 read as 群众). */
  note(field: string, key: string, params?: Record<string, string | number>): void {
    this.list.push(params ? { field, key, params, severity: 'note' } : { field, key, severity: 'note' });
  }

  /** Not reported on its own: another field's problem explains it (a gender read from a broken ID number). */
  excuse(field: string): void {
    this.failed.add(field);
  }

  /** The value, or undefined with the reason recorded. */
  take<T>(field: string, read: CellRead<T>): T | undefined {
    if (read.ok) return read.value;
    this.error(field, read.key, read.params);
    return undefined;
  }

  /** Issues from the entity's own parse (the same rules as the form), on their top-level field. */
  addParsed(issues: readonly FieldIssue[]): void {
    for (const issue of issues) {
      const field = issue.field.split('.')[0] ?? '';
      if (this.failed.has(field)) continue;
      this.error(field, issue.key, issue.params);
    }
  }

  hasErrors(): boolean {
    return this.list.some((i) => i.severity === 'error');
  }

  isFailed(field: string): boolean {
    return this.failed.has(field);
  }
}

/** Rounds of parsing: each round stands in for the fields found wrong so far, so later rules get their turn. */
const MAX_PARSE_ROUNDS = 3;

/**
 * Parses with the entity's own rules and collects EVERY problem of the row, not just the first layer:
 * the schema stops at missing or unreadable fields before it checks, say, the phone. Fields already found
 * wrong are replaced by harmless stand-ins for the next round; their problems are reported once.
 */
export function parseCollectingAll<F>(
  parse: (input: Record<string, unknown>) => Parsed<F>,
  input: Record<string, unknown>,
  problems: RowProblems,
  standIns: Readonly<Record<string, unknown>>,
): F | null {
  for (let round = 0; round < MAX_PARSE_ROUNDS; round += 1) {
    const attempt: Record<string, unknown> = { ...input };
    for (const [field, value] of Object.entries(standIns)) if (problems.isFailed(field)) attempt[field] = value;
    const parsed = parse(attempt);
    if (parsed.ok) return round === 0 && !problems.hasErrors() ? parsed.value : null;
    const before = problems.list.length;
    problems.addParsed(parsed.issues);
    if (problems.list.length === before) break;
  }
  return null;
}

/** The rules of one kind of record: how a row is identified, matched to an existing record and checked. */
export interface KindRules<F, E extends { id: string }> {
  /** The column a repeated row's problem is shown in (the one that names the record); 'name' when not given. */
  identityField?: string;
  /** A key equal for rows that mean the same record (ID number, name, date+time+title), or null. */
  identify(row: RowReader): string | null;
  existing(key: string): E | undefined;
  /** The row's name or title for the problems list. */
  label(row: RowReader): string;
  /** Fields ready to write, or null with the reasons in `problems`. `existing` is given for an update. */
  check(row: RowReader, existing: E | null, problems: RowProblems): F | null;
  /** A row was accepted: later rows are checked against it too (daily hours). */
  accept?(fields: F, existingId: string | undefined): void;
}

/** How rows find their record where the name is the key (teams, projects): trimmed, width- and case-folded. */
export function identifiedByName<E extends { id: string; name: string }>(records: readonly E[]): Pick<KindRules<unknown, E>, 'identify' | 'existing' | 'label'> {
  const byName = new Map(records.map((r) => [normalizeWord(r.name), r]));
  return {
    identify(row) {
      const key = normalizeWord(cellText(row.cell('name')));
      return key === '' ? null : key;
    },
    existing: (key) => byName.get(key),
    label: (row) => cellText(row.cell('name')).trim().slice(0, 30),
  };
}
