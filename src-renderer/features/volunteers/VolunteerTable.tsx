import { Table } from 'antd';
import { memo, useCallback, useMemo, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useVolunteerColumns, VOLUNTEER_TABLE_WIDTH } from './volunteerColumns';
import type { VolunteerRow } from './volunteerRows';

interface Props {
  rows: readonly VolunteerRow[];
  loading: boolean;
  /** Body height in pixels: a virtual table needs it. */
  height: number;
  onOpen: (id: string) => void;
}

/**
 * The virtual table of the list. Memoised with stable props so that typing in the search box redraws it only
 * when the rows it shows change, and then only the rows in view.
 */
export const VolunteerTable = memo(function VolunteerTable({ rows, loading, height, onOpen }: Props) {
  const { t } = useTranslation();
  const columns = useVolunteerColumns();
  const scroll = useMemo(() => ({ x: VOLUNTEER_TABLE_WIDTH, y: height }), [height]);
  const locale = useMemo(() => ({ emptyText: t('volunteers.list.noMatch') }), [t]);
  // Rows are keyed by their place in the list, not by volunteer: a new search then refills the screenful of
  // rows already drawn (their texts change) instead of removing them all and building new ones, and the
  // virtual list knows their heights already.
  const slotKey = useMemo(() => {
    const slots = new Map(rows.map((row, slot) => [row, slot]));
    return (row: VolunteerRow) => slots.get(row) ?? row.id;
  }, [rows]);
  const rowProps = useCallback(
    (v: VolunteerRow): HTMLAttributes<HTMLElement> => {
      const props = { 'data-testid': 'volunteer-row', onClick: () => onOpen(v.id), style: ROW_STYLE };
      return props;
    },
    [onOpen],
  );
  return (
    <div data-testid="volunteer-list">
      <Table<VolunteerRow>
        virtual
        size="medium"
        rowKey={slotKey}
        loading={loading}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={scroll}
        onRow={rowProps}
        locale={locale}
      />
    </div>
  );
});

const ROW_STYLE = { cursor: 'pointer' } as const;
