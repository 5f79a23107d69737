import { useMemo } from 'react';
import { useCatalog } from '../../ui/useCatalog';

function remembered(label: (code: string) => string): (code: string) => string {
  const known = new Map<string, string>();
  return (code) => {
    let text = known.get(code);
    if (text === undefined) {
      text = label(code);
      known.set(code, text);
    }
    return text;
  };
}

/**
 * Catalogue labels for the report sheet, each looked up once per language: the sheet shows the same few
 * codes again in every table and on every period switch, and a lookup through i18next costs more than
 * drawing the cell it labels.
 */
export function useReportLabels() {
  const catalog = useCatalog();
  return useMemo(
    () => ({
      field: remembered(catalog.fields.label),
      projectStatus: remembered(catalog.projectStatus.label),
      servedGroup: remembered(catalog.servedGroups.label),
    }),
    [catalog],
  );
}
