import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { isIsoDate } from '../../domain/dates';
import { isValidTime } from '../../domain/hours';
import { parseTypedDate, TYPED_DATE_MESSAGE_KEYS } from '../../domain/typedDate';
import { parseTypedTime, TYPED_TIME_MESSAGE_KEYS } from '../../domain/typedTime';

/**
 * The rules that refuse what DateInput and TimeInput could not read. The inputs hand the form the typed
 * text in that case, so the message can quote it; an empty field is left to the 'required' rule.
 */

export function typedDateRule(t: TFunction): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      if (typeof value !== 'string' || value === '' || isIsoDate(value)) return Promise.resolve();
      const typed = parseTypedDate(value);
      const key = typed.ok ? TYPED_DATE_MESSAGE_KEYS.format : TYPED_DATE_MESSAGE_KEYS[typed.problem];
      return Promise.reject(new Error(t(key, { text: value })));
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
