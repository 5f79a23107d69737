import { Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { columnHeaderKey, type RecordKind } from '../../domain/records/columns';
import type { RowIssue, Severity } from '../../domain/records/importTypes';

/** Not a literal at the call site: antd's row props type has no data-* attributes. */
const PROBLEM_ROW_PROPS = { role: 'row', 'data-testid': 'problem-row' };

const TAG_COLORS: Readonly<Record<Severity, string>> = { error: 'red', warning: 'gold', note: 'blue' };

function tagColor(issue: RowIssue, refused: boolean): string {
  return refused && issue.severity === 'warning' ? TAG_COLORS.error : TAG_COLORS[issue.severity];
}

/**
 * Where a row stands, as its tag says: before the write (不导入 / 导入，但 / 说明), after it (未导入 /
 * 已导入，但 / 已导入, 未写入 for a row of the plan a stopped write did not reach, 说明 for a row that
 * was never a record, such as a 合计 row).
 */
export type ProblemsPhase = { phase: 'preview' } | { phase: 'done'; writtenRows: ReadonlySet<number> };

/** Every problem and note of the dry run by Excel row number and column, thousands of them without stutter. */
export function ProblemsTable({ kind, issues, phase }: { kind: RecordKind; issues: readonly RowIssue[]; phase: ProblemsPhase }) {
  const { t } = useTranslation();
  const refusedRows = useMemo(() => new Set(issues.filter((i) => i.severity === 'error').map((i) => i.row)), [issues]);
  const tagOf = (issue: RowIssue): string => {
    const refused = refusedRows.has(issue.row);
    // A note stays a note; a warning on a refused row ("left blank") is moot: the row is not imported at all.
    if (issue.severity === 'note' && (refused || (phase.phase === 'done' && !phase.writtenRows.has(issue.row)))) return t('importExport.preview.tag.note');
    if (phase.phase === 'preview') return t(`importExport.preview.tag.${refused ? 'error' : issue.severity}`);
    if (refused) return t('importExport.summary.tag.error');
    return t(phase.writtenRows.has(issue.row) ? `importExport.summary.tag.${issue.severity}` : 'importExport.summary.tag.notWritten');
  };
  return (
    <Table<RowIssue & { rowId: number }>
      rowKey="rowId"
      data-testid="problem-list"
      size="small"
      virtual
      scroll={{ y: 300 }}
      pagination={false}
      onRow={() => PROBLEM_ROW_PROPS}
      dataSource={issues.map((issue, rowId) => ({ ...issue, rowId }))}
      columns={[
        { title: t('importExport.preview.row'), dataIndex: 'row', width: 70 },
        {
          title: t('importExport.preview.column'),
          key: 'column',
          width: 150,
          ellipsis: true,
          render: (_, issue) => issue.column || (issue.field ? t(columnHeaderKey(kind, issue.field)) : ''),
        },
        { title: t('importExport.preview.record'), dataIndex: 'label', width: 160, ellipsis: true },
        {
          title: t('importExport.preview.problem'),
          key: 'problem',
          render: (_, issue) => (
            <>
              <Tag color={tagColor(issue, refusedRows.has(issue.row))}>{tagOf(issue)}</Tag>
              {t(issue.key, issue.params ?? {})}
            </>
          ),
        },
      ]}
    />
  );
}
