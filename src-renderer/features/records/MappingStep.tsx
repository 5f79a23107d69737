import { Alert, Button, Flex, Select, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { maskIdNumber } from '../../domain/idNumber';
import { cellText } from '../../domain/records/cellText';
import { COLUMNS_BY_KIND, columnHeaderKey, type RecordKind } from '../../domain/records/columns';
import { mappingProblems } from '../../domain/records/headerRecognition';
import { columnCount, withSheet, type LoadedFile } from './loadedFile';

const IGNORE = '';
const SAMPLE_LENGTH = 24;

interface ColumnRow {
  col: number;
  header: string;
  sample: string;
}

/** Which column holds what: pre-filled from the headers, adjustable per column; the sheet can be switched. */
export function MappingStep({
  kind,
  file,
  onChange,
  onCheck,
  onCancel,
}: {
  kind: RecordKind;
  file: LoadedFile;
  onChange: (file: LoadedFile) => void;
  onCheck: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const sheet = file.sheets[file.sheetIndex];
  const problems = mappingProblems(kind, file.mapping);
  const label = (field: string) => t(columnHeaderKey(kind, field));

  const rows = useMemo<ColumnRow[]>(() => {
    const firstData = sheet?.rows[file.headerRowIndex + 1]?.cells ?? [];
    return Array.from({ length: columnCount(file) }, (_, col) => {
      const raw = cellText(firstData[col]).trim();
      const sample = file.mapping[String(col)] === 'idNumber' ? maskIdNumber(raw) : raw.slice(0, SAMPLE_LENGTH);
      return { col, header: file.headers[col] ?? '', sample };
    }).filter((r) => r.header !== '' || r.sample !== '');
  }, [sheet, file]);

  const options = [
    { value: IGNORE, label: t('importExport.mapping.ignore') },
    ...COLUMNS_BY_KIND[kind].map((c) => ({
      value: c.field,
      label: `${label(c.field)}${c.required ? t('importExport.mapping.required') : ''}${c.importable ? '' : t('importExport.mapping.exportOnly')}`,
    })),
  ];

  const setField = (col: number, field: string) => {
    const mapping = { ...file.mapping };
    if (field === IGNORE) delete mapping[String(col)];
    else mapping[String(col)] = field;
    onChange({ ...file, mapping, remembered: false });
  };

  const unmapped = rows.filter((r) => r.header !== '' && file.mapping[String(r.col)] === undefined).length;
  const nothingMapped = Object.keys(file.mapping).length === 0;

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('importExport.mapping.title')}
        </Typography.Title>
        <Flex gap={8}>
          <Button type="primary" data-testid="mapping-check" disabled={nothingMapped || problems.duplicated.length > 0} onClick={onCheck}>
            {t('importExport.mapping.check')}
          </Button>
          <Button onClick={onCancel}>{t('importExport.import.startOver')}</Button>
        </Flex>
      </Flex>
      <Flex gap={12} align="center" wrap>
        {file.sheets.length > 1 ? (
          <Flex gap={8} align="center">
            <span>{t('importExport.mapping.sheet')}</span>
            <Select
              data-testid="mapping-sheet"
              style={{ minWidth: 220 }}
              value={file.sheetIndex}
              onChange={(index: number) => onChange(withSheet(kind, file, index))}
              options={file.sheets.map((s, i) => ({ value: i, label: t('importExport.mapping.sheetRows', { name: s.name, count: s.rows.length }) }))}
            />
          </Flex>
        ) : null}
        <Typography.Text type="secondary">{t('importExport.mapping.headerRow', { row: sheet?.rows[file.headerRowIndex]?.number ?? 1 })}</Typography.Text>
      </Flex>
      {file.remembered ? <Alert type="info" showIcon title={t('importExport.mapping.remembered')} /> : null}
      {unmapped > 0 ? <Alert type="info" showIcon title={t('importExport.mapping.explain', { count: unmapped })} /> : null}
      {problems.missingRequired.length > 0 ? (
        <Alert type="warning" showIcon title={t('importExport.mapping.missingRequired', { fields: problems.missingRequired.map(label).join('、') })} />
      ) : null}
      {problems.duplicated.map((field) => (
        <Alert key={field} type="error" showIcon title={t('importExport.mapping.duplicated', { field: label(field) })} />
      ))}
      {nothingMapped ? <Alert type="error" showIcon title={t('importExport.mapping.nothingMapped')} /> : null}
      <Table<ColumnRow>
        data-testid="mapping-table"
        size="small"
        rowKey="col"
        pagination={false}
        scroll={{ y: 320 }}
        dataSource={rows}
        columns={[
          { title: t('importExport.mapping.column'), dataIndex: 'header', width: 220 },
          { title: t('importExport.mapping.sample'), dataIndex: 'sample', width: 220, ellipsis: true },
          {
            title: t('importExport.mapping.target'),
            key: 'target',
            render: (_, row) => (
              <Select
                data-testid={`mapping-select-${row.col}`}
                style={{ width: 300 }}
                showSearch={{ optionFilterProp: 'label' }}
                value={file.mapping[String(row.col)] ?? IGNORE}
                onChange={(field: string) => setField(row.col, field)}
                options={options}
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}
