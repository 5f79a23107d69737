import { describe, expect, it } from 'vitest';
import { serviceRules as en } from '../../../../src-renderer/i18n/en/serviceRules';
import { serviceRules as zh } from '../../../../src-renderer/i18n/zh-CN/serviceRules';
import { REQUEST_FIGURES_LINE_KEY, REQUEST_FIGURES_LINE_UNRATED_KEY } from '../../../../src-renderer/domain/requests/requestFigures';
import { REQUEST_OVERDUE_KEY, REQUEST_REFUSAL_KEYS } from '../../../../src-renderer/domain/requests/requestFlow';
import { REQUEST_ACTIONS, REQUEST_STATES, requestActionKey, requestStateKey } from '../../../../src-renderer/domain/requests/requestStates';
import { LANGUAGES, expectWhole, serviceRulesTranslator } from './serviceRulesTranslator';

/** Every text of a message tree by its dotted key. */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  const entries: Array<[string, unknown]> = Object.entries(tree);
  for (const [key, value] of entries) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'object' && value !== null) for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}|\$t\(([^)]*)\)/g)].map((m) => m[0].replace(/\s/g, '')).sort();

describe('serviceRules strings', () => {
  it('has an English text for every Chinese one, with the same placeholders and nested keys', () => {
    const zhLeaves = leaves(zh);
    const enLeaves = leaves(en);
    expect([...enLeaves.keys()].sort()).toEqual([...zhLeaves.keys()].sort());
    for (const [key, text] of zhLeaves) expect(placeholders(enLeaves.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});

describe('the request rules’ keys', () => {
  const plainKeys = [
    ...REQUEST_STATES.map(requestStateKey),
    ...REQUEST_ACTIONS.map(requestActionKey),
    ...Object.values(REQUEST_REFUSAL_KEYS).filter((key) => key !== REQUEST_REFUSAL_KEYS.notAllowed && key !== REQUEST_REFUSAL_KEYS.doneBeforeReceived),
    REQUEST_OVERDUE_KEY,
  ];

  it.each(LANGUAGES)('each has a whole %s text', async (language) => {
    const t = await serviceRulesTranslator(language);
    for (const key of plainKeys) {
      expect(t.exists(key), key).toBe(true);
      expectWhole(t.t(key), key);
    }
  });

  it.each([
    ['zh-CN', '这件需求现在是“已办结”，不能派单'],
    ['en', 'This request is “Done”: “Dispatch” is not possible now'],
  ] as const)('names the state and the action of a refused step in %s', async (language, expected) => {
    const t = await serviceRulesTranslator(language);
    expect(t.t(REQUEST_REFUSAL_KEYS.notAllowed, { state: 'done', action: 'dispatch' })).toBe(expected);
  });

  it.each([
    ['zh-CN', '收到12件、办结10件、满意率66.7%', '收到2件、办结0件、暂无评价', '2024-02-29'],
    ['en', '12 received, 10 done, 66.7% satisfied', '2 received, 0 done, none rated yet', '2024-02-29'],
  ] as const)('fills the report line and the date refusal in %s', async (language, line, unrated, date) => {
    const t = await serviceRulesTranslator(language);
    expect(t.t(REQUEST_FIGURES_LINE_KEY, { received: 12, done: 10, rate: 66.7 })).toBe(line);
    expect(t.t(REQUEST_FIGURES_LINE_UNRATED_KEY, { received: 2, done: 0 })).toBe(unrated);
    const text = t.t(REQUEST_REFUSAL_KEYS.doneBeforeReceived, { date, receivedDate: '2024-03-01' });
    expect(text).toContain(date);
    expect(text).toContain('2024-03-01');
    expectWhole(text, REQUEST_REFUSAL_KEYS.doneBeforeReceived);
  });
});
