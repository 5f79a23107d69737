import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Spin } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { map } from 'rxjs';
import { useLedger } from '../../../app/LedgerContext';
import { buildDutyRoster } from '../../../domain/duty/dutyRoster';
import { PageHeader } from '../../../ui/PageHeader';
import { PeriodPrintBar } from '../../../ui/print/PeriodPrintBar';
import { PrintScreen } from '../../../ui/print/PrintSheet';
import { usePeriodSearch } from '../../../ui/print/usePeriodSearch';
import { useObservable } from '../../../ui/useObservable';
import { usePeopleById } from '../../reports/usePeopleById';
import { useStationProfile } from '../../reports/useStationProfile';
import { DUTY_PATH, postPath } from '../paths';
import { useClock } from '../useClock';
import { DutyRosterSheet } from './DutyRosterSheet';

/** /duty/:id/roster (?from=…&to=…): one post's 值守排班表 over a period, printed landscape. */
export function DutyRosterPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const { period, setPeriod, today } = usePeriodSearch();
  const station = useStationProfile();
  const people = usePeopleById();
  const post = useObservable(useMemo(() => ledger.dutyPosts.all$().pipe(map((all) => all.find((p) => p.id === id) ?? null)), [ledger, id]));
  const shifts = useObservable(
    useMemo(() => ledger.shifts.inRange$(period).pipe(map((inRange) => inRange.filter((s) => s.postId === id))), [ledger, period, id]),
  );
  // The PC's day and time only decide which shifts print as still to come; nothing stored depends on them.
  const clock = useClock();
  const roster = useMemo(() => (shifts && people ? buildDutyRoster(shifts, people, clock) : undefined), [shifts, people, clock]);

  if (post === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (post === null) return <Result status="404" title={t('duty.post.notFound')} extra={<Button onClick={() => void navigate(DUTY_PATH)}>{t('duty.post.back')}</Button>} />;

  const nameOf = (volunteerId: string) => people?.get(volunteerId)?.name ?? t('duty.shift.unknownVolunteer');
  const toolbar = (
    <>
      <PageHeader
        testId="page-duty-roster"
        title={
          <Flex gap={8} align="center">
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void navigate(postPath(post.id))} aria-label={t('duty.roster.back')} />
            <span>{t('duty.roster.pageTitle', { post: post.name })}</span>
          </Flex>
        }
      />
      <PeriodPrintBar
        period={period}
        today={today}
        onPeriod={setPeriod}
        ready={Boolean(roster && station)}
        landscape
        suggestedName={t('duty.roster.fileName', { post: post.name, from: period.from, to: period.to })}
        testId="duty-roster-range"
      />
    </>
  );

  return (
    <PrintScreen toolbar={toolbar}>
      {roster && station ? (
        <DutyRosterSheet roster={roster} nameOf={nameOf} heading={{ stationName: station.name, postName: post.name, place: post.place, period }} />
      ) : (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      )}
    </PrintScreen>
  );
}
