import { PlusOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import { useDeferredValue, useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import { todayIso } from '../../domain/dates';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useObservable } from '../../ui/useObservable';
import { NEW_VOLUNTEER_PATH, volunteerPath } from './paths';
import { useTableHeight } from './useTableHeight';
import { useTeamNames, useTeams } from './useVolunteerData';
import { useVolunteerColumns, VOLUNTEER_TABLE_WIDTH } from './volunteerColumns';
import { VolunteerFilterBar } from './VolunteerFilterBar';
import { filterFromSearchParams, filterVolunteers, searchParamsFromFilter, type VolunteerFilter } from './volunteerFilter';
import { toVolunteerRows, type VolunteerRow } from './volunteerRows';

/** Header, page padding, title, filter bar and the table's own header, above and below the rows at 1366×768. */
const RESERVED_HEIGHT = 270;

export function VolunteerListPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const volunteers = useObservable(useMemo(() => ledger.volunteers.all$(), [ledger]));
  const teams = useTeams();
  const teamNames = useTeamNames();
  const columns = useVolunteerColumns();
  const tableHeight = useTableHeight(RESERVED_HEIGHT);

  const [searchParams, setSearchParams] = useSearchParams();
  const filter = useMemo(() => filterFromSearchParams(searchParams), [searchParams]);
  // The box keeps its own text so typing (and Chinese input methods) never wait on the address or the table.
  const [query, setQuery] = useState(filter.query);
  const deferredQuery = useDeferredValue(query);
  const updateFilter = (patch: Partial<VolunteerFilter>) =>
    setSearchParams(searchParamsFromFilter({ ...filter, query, ...patch }), { replace: true });

  const rows = useMemo(() => (volunteers ? toVolunteerRows(volunteers, teamNames, todayIso()) : []), [volunteers, teamNames]);
  const shown = useMemo(() => filterVolunteers(rows, { ...filter, query: deferredQuery }), [rows, filter, deferredQuery]);

  const header = (
    <PageHeader
      title={t('volunteers.list.title')}
      testId="page-volunteers"
      extra={
        <Button type="primary" icon={<PlusOutlined />} data-testid="add-volunteer" onClick={() => void navigate(NEW_VOLUNTEER_PATH)}>
          {t('volunteers.list.add')}
        </Button>
      }
    />
  );

  if (volunteers?.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          description={t('volunteers.list.empty')}
          actionLabel={t('volunteers.list.add')}
          onAction={() => void navigate(NEW_VOLUNTEER_PATH)}
        />
      </>
    );
  }

  const rowProps = (v: VolunteerRow): HTMLAttributes<HTMLElement> => {
    const props = {
      'data-testid': 'volunteer-row',
      onClick: () => void navigate(volunteerPath(v.id)),
      style: { cursor: 'pointer' },
    };
    return props;
  };

  return (
    <>
      {header}
      <VolunteerFilterBar
        query={query}
        onQueryChange={(q) => {
          setQuery(q);
          setSearchParams(searchParamsFromFilter({ ...filter, query: q }), { replace: true });
        }}
        filter={filter}
        onFilterChange={updateFilter}
        teams={teams ?? []}
        shown={shown.length}
        total={rows.length}
      />
      <div data-testid="volunteer-list">
        <Table<VolunteerRow>
          virtual
          size="medium"
          rowKey="id"
          loading={volunteers === undefined}
          columns={columns}
          dataSource={shown}
          pagination={false}
          scroll={{ x: VOLUNTEER_TABLE_WIDTH, y: tableHeight }}
          onRow={rowProps}
          locale={{ emptyText: t('volunteers.list.noMatch') }}
        />
      </div>
    </>
  );
}
