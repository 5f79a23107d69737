import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { FieldIssue } from '../domain/issues';

/** Puts domain issues (i18n keys) on the antd form fields they belong to; returns those with no field on the form. */
export function showIssuesOnForm(form: FormInstance, issues: readonly FieldIssue[], t: TFunction): FieldIssue[] {
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const byField = new Map<string, string[]>();
  const unplaced: FieldIssue[] = [];
  for (const issue of issues) {
    const top = issue.field.split('.')[0] ?? '';
    if (!known.has(top)) {
      unplaced.push(issue);
      continue;
    }
    byField.set(top, [...(byField.get(top) ?? []), t(issue.key, issue.params ?? {})]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return unplaced;
}
