import type { ActivityFields } from '../entities/activity';
import type { ProjectFields } from '../entities/project';
import type { TeamFields } from '../entities/team';
import type { VolunteerFields } from '../entities/volunteer';
import type { DutyPostFields } from '../../records/dutyPost/shape';
import type { HonourFields } from '../../records/honour/shape';
import type { ShiftFields } from '../../records/shift/shape';
import type { RecordKind } from './columns';
import type { ImportedRequest } from './requestReplay';

/**
 * error: the row is not imported. warning: it is imported without a value, or with another than the cell's
 * (a birth date taken from the ID number). note: a value was read as something the keeper should see
 * (2025年6月 stored as 2025-06-01, 无 as 群众).
 */
export type Severity = 'error' | 'warning' | 'note';

/**
 * One problem in the keeper's file: the row number Excel shows, the column's header as written in the
 * sheet ('' when the column is missing: the UI then names `field`'s standard header), and an i18n key.
 */
export interface RowIssue {
  row: number;
  field: string;
  column: string;
  key: string;
  params?: Record<string, string | number>;
  severity: Severity;
  /** The row's name or title, so the keeper recognises it. */
  label: string;
}

/** What to do with a row whose record already exists (same ID number, name, or activity date+time+title). */
export type DuplicatePolicy = 'skip' | 'update';

export interface PlannedWrite<F> {
  /** Excel row number, for the summary. */
  row: number;
  op: 'insert' | 'update';
  /** The existing record's id, for an update. */
  id?: string;
  fields: F;
}

export interface FieldsByKind {
  volunteers: VolunteerFields;
  teams: TeamFields;
  projects: ProjectFields;
  activities: ActivityFields;
  honours: HonourFields;
  /** A new request's history is written with it, by the steps to its state (requestReplay). */
  requests: ImportedRequest;
  dutyPosts: DutyPostFields;
  shifts: ShiftFields;
}

export type ImportPlanOf<K extends RecordKind> = { kind: K; writes: PlannedWrite<FieldsByKind[K]>[] };
export type ImportPlan = { [K in RecordKind]: ImportPlanOf<K> }[RecordKind];

export interface ImportPreview {
  plan: ImportPlan;
  issues: RowIssue[];
  /** Data rows under the header (blank rows are not counted). */
  totalRows: number;
  /** Rows with at least one error: none of them is written. */
  errorRows: number;
  inserts: number;
  updates: number;
  /** Rows whose record already exists and that the keeper chose to skip. */
  skippedDuplicates: number;
  /** Rows repeating an earlier row of the same file (also counted in errorRows). */
  duplicatesInFile: number;
  /**
   * Rows whose ID number is masked (370***********0015), as in an export made without full ID numbers
   * (also counted in errorRows): the screen says so once instead of once per row.
   */
  maskedIdRows: number;
  /** Required fields no column is mapped to. */
  missingRequired: string[];
  /** No column is mapped to anything this kind of record has. */
  nothingMapped: boolean;
}
