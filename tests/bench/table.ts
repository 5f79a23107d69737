import type { Measurement } from './types';

export type Verdict = 'pass' | 'FAIL' | 'not measured';

export function verdictOf(m: Measurement): Verdict {
  if (m.value === null) return 'not measured';
  const ok = m.direction === 'atLeast' ? m.value >= m.target : m.value <= m.target;
  return ok ? 'pass' : 'FAIL';
}

/** Width in monospace columns: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The results as a plain-text table, notes listed below it. */
export function formatTable(measurements: readonly Measurement[]): string {
  const header = ['id', 'what', 'value', 'unit', 'target', 'result'];
  const rows = measurements.map((m) => [
    m.id,
    m.what,
    m.value === null ? '—' : String(m.value),
    m.unit,
    `${m.direction === 'atLeast' ? '≥' : '≤'} ${m.target}`,
    verdictOf(m),
  ]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, widths[i] ?? 0)).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const notes = measurements.filter((m) => m.note).map((m) => `  ${m.id}: ${m.note ?? ''}`);
  return [line(header), rule, ...rows.map(line), ...(notes.length > 0 ? ['', 'notes:', ...notes] : [])].join('\n');
}
