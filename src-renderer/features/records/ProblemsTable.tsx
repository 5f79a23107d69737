import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { columnHeaderKey, type RecordKind } from '../../domain/records/columns';
import type { RowIssue } from '../../domain/records/importTypes';

/** Not a literal at the call site: antd's row props type has no data-* attributes. */
const PROBLEM_ROW_PROPS = { role: 'row', 'data-testid': 'problem-row' };

/** Every problem of the dry run by Excel row number and column, thousands of them without stutter. */
export function ProblemsTable({ kind, issues }: { kind: RecordKind; issues: readonly RowIssue[] }) {
  const { t } = useTranslation();
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
              <Tag color={issue.severity === 'error' ? 'red' : 'gold'}>{t(`importExport.preview.${issue.severity}`)}</Tag>
              {t(issue.key, issue.params ?? {})}
            </>
          ),
        },
      ]}
    />
  );
}
