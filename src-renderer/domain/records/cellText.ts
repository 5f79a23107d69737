import type { SheetCell } from './sheet';

/**
 * What the keeper sees in the cell, as text: headers, names and notes. Whole numbers print without an
 * exponent as long as they are exact; dates print as YYYY-MM-DD (with the time when there is one).
 */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return Number.isSafeInteger(cell.value) ? cell.value.toFixed(0) : String(cell.value);
    case 'date':
      return cell.iso.endsWith('T00:00:00') ? cell.iso.slice(0, 10) : cell.iso.replace('T', ' ');
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'error':
      return '';
  }
}
