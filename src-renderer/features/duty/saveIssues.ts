import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ValidationError } from '../../data/errors';
import { describeSaveError } from '../../ui/errorMessage';
import { showIssuesOnForm } from '../../ui/formIssues';

/**
 * What a refused save says: field issues on their fields, anything else as one sentence for a notice
 * (null when every issue found its field).
 */
export function saveErrorText(error: unknown, form: FormInstance | null, t: TFunction): string | null {
  if (error instanceof ValidationError) {
    const unplaced = form ? showIssuesOnForm(form, error.issues, t) : error.issues;
    return unplaced.length === 0 ? null : unplaced.map((i) => t(i.key, i.params ?? {})).join('；');
  }
  return describeSaveError(error, t);
}
