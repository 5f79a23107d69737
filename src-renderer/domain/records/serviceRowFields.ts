import type { Parsed } from '../issues';
import { quoted } from './cellRead';
import { cellText } from './cellText';
import { readText } from './cellValues';
import type { RowProblems, RowReader } from './rowReader';
import { allowedServiceLabels, lookupServiceCode, serviceLabel, type ServiceWordGroup } from './serviceVocabulary';
import { normalizeWord } from './vocabulary';

/**
 * A word of the service registers (级别, 办理状态 …) → its code; a word read as another than the label
 * (国家级 as 全国, 办理中 as 已接单) is said in a note, an unknown one is an error listing what may be written.
 */
export function readServiceCode(row: RowReader, problems: RowProblems, field: string, group: ServiceWordGroup): string | undefined {
  const text = problems.take(field, readText(row.cell(field)));
  if (text === undefined || text === '') return undefined;
  const code = lookupServiceCode(group, text);
  if (code === null) {
    problems.error(field, 'importExport.issue.unknownOption', { value: quoted(text), allowed: allowedServiceLabels(group) });
    return undefined;
  }
  const label = serviceLabel(group, code);
  if (normalizeWord(text) !== normalizeWord(label) && normalizeWord(text) !== normalizeWord(code)) {
    problems.note(field, 'importExport.note.readAs', { value: quoted(text), label });
  }
  return code;
}

/** The code a cell names, without reporting anything (for identifying rows before they are checked). */
export function peekServiceCode(row: RowReader, field: string, group: ServiceWordGroup): string | null {
  return lookupServiceCode(group, cellText(row.cell(field)));
}

/** A record of the ledger named in a cell (a team, a project, a post) → its id; an error when there is none. */
export function readNamedRef(
  row: RowReader,
  problems: RowProblems,
  field: string,
  byName: ReadonlyMap<string, string>,
  unknownKey: string,
): string | undefined {
  const text = problems.take(field, readText(row.cell(field)));
  if (text === undefined || text === '') return text;
  const id = byName.get(normalizeWord(text));
  if (id === undefined) problems.error(field, unknownKey, { name: quoted(text) });
  return id;
}

/** A parse whose issues name stored fields that one column of the sheet fills (linkId and linkName: 获奖对象). */
export function onColumns<F>(parse: (input: unknown) => Parsed<F>, columnOf: Readonly<Record<string, string>>): (input: Record<string, unknown>) => Parsed<F> {
  return (input) => {
    const parsed = parse(input);
    if (parsed.ok) return parsed;
    return {
      ok: false,
      issues: parsed.issues.map((issue) => {
        const top = issue.field.split('.')[0] ?? '';
        const column = columnOf[top];
        return column === undefined ? issue : { ...issue, field: column };
      }),
    };
  };
}
