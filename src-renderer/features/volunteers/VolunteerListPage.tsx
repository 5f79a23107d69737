import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import { todayIso } from '../../domain/dates';
import type { TeamDoc } from '../../domain/entities/team';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useObservable } from '../../ui/useObservable';
import { inNameOrder } from '../../ui/volunteersInNameOrder';
import { NEW_VOLUNTEER_PATH, volunteerPath } from './paths';
import { useTableHeight } from './useTableHeight';
import { useTeamNames, useTeams } from './useVolunteerData';
import { VolunteerFilterBar } from './VolunteerFilterBar';
import { filterVolunteers } from './volunteerFilter';
import { toVolunteerRows } from './volunteerRows';
import { VolunteerTable } from './VolunteerTable';
import { useVolunteerListFilter } from './useVolunteerListFilter';

/** Header, page padding, title, filter bar and the table's own header, above and below the rows at 1366×768. */
const RESERVED_HEIGHT = 270;

export function VolunteerListPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  // The list read while the app started (or kept by another screen) draws the rows at once, not a frame later.
  const live = useObservable(useMemo(() => ledger.volunteers.all$(), [ledger]));
  const listed = live ?? ledger.volunteers.peek();
  // Surname first (李 before 刘), as people look names up.
  const volunteers = useMemo(() => (listed ? inNameOrder(listed) : undefined), [listed]);
  const teams = useTeams();
  const teamNames = useTeamNames();
  const tableHeight = useTableHeight(RESERVED_HEIGHT);
  const { filter, changeFilter, changeQuery, flushQuery } = useVolunteerListFilter();

  const rows = useMemo(() => (volunteers ? toVolunteerRows(volunteers, teamNames, todayIso()) : []), [volunteers, teamNames]);
  const shown = useMemo(() => filterVolunteers(rows, filter), [rows, filter]);
  // Stable, so that an address change (the filter written into it) does not redraw the table.
  const navigateRef = useRef(navigate);
  useEffect(() => {
    navigateRef.current = navigate;
  });
  const open = useCallback((id: string) => void navigateRef.current(volunteerPath(id)), []);

  // The same element while typing, so the title and its button are not redrawn for every keystroke.
  const header = useMemo(
    () => (
      <PageHeader
        title={t('volunteers.list.title')}
        testId="page-volunteers"
        extra={
          <Button type="primary" icon={<PlusOutlined />} data-testid="add-volunteer" onClick={() => void navigateRef.current(NEW_VOLUNTEER_PATH)}>
            {t('volunteers.list.add')}
          </Button>
        }
      />
    ),
    [t],
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

  return (
    <>
      {header}
      <VolunteerFilterBar
        filter={filter}
        onQueryChange={changeQuery}
        onQueryBlur={flushQuery}
        onFilterChange={changeFilter}
        teams={teams ?? NO_TEAMS}
        shown={shown.length}
        total={rows.length}
      />
      <VolunteerTable rows={shown} loading={volunteers === undefined} height={tableHeight} onOpen={open} />
    </>
  );
}

const NO_TEAMS: readonly TeamDoc[] = [];
