import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { isIsoDate, type DateRange } from '../../domain/dates';
import { isValidTime } from '../../domain/hours';
import { parseTypedDate, TYPED_DATE_MESSAGE_KEYS } from '../../domain/typedDate';
import { parseTypedTime, TYPED_TIME_MESSAGE_KEYS } from '../../domain/typedTime';

/**
 * The rules that refuse what DateInput and TimeInput could not read. The inputs hand the form the typed
 * text in that case, so the message can quote it; an empty field is left to the 'required' rule.
 */

/** Why a date field's value cannot be kept, quoting it; null for a real date or an empty field. */
export function typedDateMessage(t: TFunction, value: unknown): string | null {
  if (typeof value !== 'string' || value === '' || isIsoDate(value)) return null;
  const typed = parseTypedDate(value);
  const key = typed.ok ? TYPED_DATE_MESSAGE_KEYS.format : TYPED_DATE_MESSAGE_KEYS[typed.problem];
  return t(key, { text: value });
}

/** Two real dates, the first not after the second. */
export function isWholeRange(range: DateRange): boolean {
  return isIsoDate(range.from) && isIsoDate(range.to) && range.from <= range.to;
}

/** What is wrong with a range's two boxes as typed, quoting the text; null when they make a range. */
export function rangeProblem(typed: DateRange, t: TFunction): string | null {
  const unread = typedDateMessage(t, typed.from) ?? typedDateMessage(t, typed.to);
  if (unread !== null) return unread;
  if (typed.from === '' || typed.to === '') return t('common.dateRange.incomplete');
  return typed.from > typed.to ? t('validation.date.endBeforeStart') : null;
}

export function typedDateRule(t: TFunction): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      const message = typedDateMessage(t, value);
      return message === null ? Promise.resolve() : Promise.reject(new Error(message));
    },
  };
}

export function typedTimeRule(t: TFunction): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      if (typeof value !== 'string' || value === '' || isValidTime(value)) return Promise.resolve();
      const typed = parseTypedTime(value);
      const key = typed.ok ? TYPED_TIME_MESSAGE_KEYS.format : TYPED_TIME_MESSAGE_KEYS[typed.problem];
      return Promise.reject(new Error(t(key, { text: value })));
    },
  };
}
