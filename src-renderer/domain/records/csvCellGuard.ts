/**
 * CSV injection: Excel, WPS and LibreOffice run a cell as a formula when it starts with = + - @, and
 * also when a tab or carriage return comes first (they skip it and read the rest). "-2+3+cmd|' /C calc'!A0"
 * is as dangerous as "=cmd…". A leading apostrophe makes the spreadsheet show the text as text.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
/** -12, +3.5, -0.25e3: numbers read as numbers, not formulas, so they are left alone. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function isFormulaLike(cell: string): boolean {
  return FORMULA_TRIGGER.test(cell) && !PLAIN_NUMBER.test(cell);
}

/** The cell as it may be written into a CSV: prefixed with ' when a spreadsheet would run it. */
export function neutraliseCsvCell(cell: string): string {
  return isFormulaLike(cell) ? `'${cell}` : cell;
}
