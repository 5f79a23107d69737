import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Table } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import { todayIso } from '../../domain/dates';
import type { ActivityDoc } from '../../domain/entities/activity';
import { summarizeActivities } from '../../domain/figures';
import { EmptyState } from '../../ui/EmptyState';
import { describeSaveError } from '../../ui/errorMessage';
import { PageHeader } from '../../ui/PageHeader';
import { useObservable } from '../../ui/useObservable';
import { useUndoableDelete } from '../../ui/useUndoableDelete';
import { activityColumns, editPath } from './activityColumns';
import { usePhotoColumn, withPhotoColumn } from '../photos/photoListColumn';
import { ActivityFilterBar } from './ActivityFilterBar';
import { ActivityTotalsBar } from './ActivityTotalsBar';
import {
  hasNarrowingFilters,
  listFilterFromSearch,
  listFilterToSearch,
  switchPeriodKind,
  toActivityFilter,
  type ListFilterState,
} from './listFilter';
import { useEmptyReason, type EmptyReason } from './useEmptyReason';
import { useTeamsAndProjects } from './useTeamsAndProjects';
import { useViewportHeight } from './useViewportHeight';
import { useServiceFields } from '../../ui/useServiceFields';

/** Room taken above and below the table at any window size: header bar, page title, filters, totals, padding. */
const CHROME_HEIGHT = 380;
const MIN_TABLE_HEIGHT = 240;

/** Test id on each row; typed apart because row attributes given as an object literal refuse data-* keys. */
const ROW_TEST_ID: HTMLAttributes<HTMLElement> & { 'data-testid': string } = { 'data-testid': 'activity-row' };

export function ActivityListPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const lookups = useTeamsAndProjects();
  const [today] = useState(todayIso);
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const state = useMemo(() => listFilterFromSearch(new URLSearchParams(search), today), [search, today]);
  const filter = useMemo(() => toActivityFilter(state), [state]);
  const activities = useObservable(useMemo(() => ledger.activities.query$(filter), [ledger, filter]));
  const figures = useMemo(() => (activities ? summarizeActivities(activities) : undefined), [activities]);
  const emptyReason = useEmptyReason(activities?.length === 0);
  const removeWithUndo = useUndoableDelete(ledger.activities);
  const { message } = App.useApp();
  const tableHeight = Math.max(MIN_TABLE_HEIGHT, useViewportHeight() - CHROME_HEIGHT);

  const serviceFields = useServiceFields();
  const fieldOptions = serviceFields.options;
  const columns = useMemo(
    () =>
      activityColumns({
        t,
        fieldLabel: serviceFields.label,
        teamName: lookups.teamName,
        projectName: lookups.projectName,
        onDelete: (a: ActivityDoc) => void removeWithUndo(a.id, a.title).catch((error: unknown) => message.error(describeSaveError(error, t))),
      }),
    [t, serviceFields, lookups, removeWithUndo, message],
  );

  const photoColumn = usePhotoColumn<ActivityDoc>('activity');
  const shownColumns = useMemo(() => withPhotoColumn(columns, photoColumn), [columns, photoColumn]);

  const setFilter = (next: ListFilterState) => setSearchParams(listFilterToSearch(next), { replace: true });

  return (
    <>
      <PageHeader
        title={t('activities.list.title')}
        testId="page-activities"
        extra={
          <>
            <Button icon={<CopyOutlined />} onClick={() => void navigate('/activities/new?copy=last')} data-testid="copy-last-activity">
              {t('activities.list.copyLast')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/activities/new')} data-testid="new-activity">
              {t('activities.list.add')}
            </Button>
          </>
        }
      />
      <ActivityFilterBar
        state={state}
        today={today}
        fieldOptions={fieldOptions}
        teamOptions={lookups.teamOptions}
        projectOptions={lookups.projectOptions}
        onChange={setFilter}
      />
      <ActivityTotalsBar figures={figures} />
      <Table<ActivityDoc>
        data-testid="activity-list"
        rowKey="id"
        size="middle"
        virtual
        columns={shownColumns}
        dataSource={activities ?? []}
        loading={activities === undefined}
        pagination={false}
        scroll={{ x: 1000, y: tableHeight }}
        locale={{
          emptyText: activities ? (
            <ListEmpty
              reason={emptyReason}
              narrowed={hasNarrowingFilters(state)}
              onClearFilters={() => setFilter({ ...state, field: '', teamId: '', projectId: '' })}
              onWholeYear={state.period.kind === 'month' ? () => setFilter({ ...state, period: switchPeriodKind(state.period, 'year', today) }) : undefined}
            />
          ) : (
            ' '
          ),
        }}
        onRow={(a) => ({
          ...ROW_TEST_ID,
          style: { cursor: 'pointer' },
          onClick: (e) => {
            // The title is a link and the delete button has its own job: let those act alone.
            if (e.target instanceof Element && e.target.closest('a, button')) return;
            void navigate(editPath(a.id));
          },
        })}
      />
    </>
  );
}

interface ListEmptyProps {
  reason: EmptyReason | undefined;
  /** Field, team or project narrow the list: offer to clear them first. */
  narrowed: boolean;
  onClearFilters: () => void;
  /** Set while one month is shown: offer the whole year. */
  onWholeYear: (() => void) | undefined;
}

function ListEmpty({ reason, narrowed, onClearFilters, onWholeYear }: ListEmptyProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (reason === undefined) return null;
  if (reason === 'noVolunteers') {
    return (
      <EmptyState
        description={t('activities.list.empty.noVolunteers')}
        actionLabel={t('activities.list.empty.registerVolunteers')}
        onAction={() => void navigate('/volunteers/new')}
      />
    );
  }
  if (reason === 'noActivities') {
    return (
      <EmptyState
        description={t('activities.list.empty.noActivities')}
        actionLabel={t('activities.list.empty.logFirst')}
        onAction={() => void navigate('/activities/new')}
      />
    );
  }
  if (narrowed) {
    return <EmptyState description={t('activities.list.empty.nothingInFilter')} actionLabel={t('activities.list.clearFilters')} onAction={onClearFilters} />;
  }
  return (
    <EmptyState
      description={t('activities.list.empty.nothingInPeriod')}
      {...(onWholeYear ? { actionLabel: t('activities.list.showWholeYear'), onAction: onWholeYear } : {})}
    />
  );
}
