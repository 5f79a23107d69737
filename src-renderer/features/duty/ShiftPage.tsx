import { ArrowLeftOutlined, CheckOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Result, Spin, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { combineLatest, map, of, switchMap } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import { signInRows } from '../../domain/reports/signInSheet';
import { awaitsReview } from '../../records/shift/signing';
import { PageHeader } from '../../ui/PageHeader';
import { PhotoStrip } from '../photos/PhotoStrip';
import { PrintButton } from '../../ui/print/PrintButton';
import { PrintScreen } from '../../ui/print/PrintSheet';
import { useObservable } from '../../ui/useObservable';
import { useVolunteersInNameOrder } from '../../ui/volunteersInNameOrder';
import { SignInSheet } from '../reports/SignInSheet';
import { useStationProfile } from '../reports/useStationProfile';
import { AttendanceTable } from './AttendanceTable';
import { DUTY_PATH, postPath } from './paths';
import { saveErrorText } from './saveIssues';
import { ShiftStatusTag } from './ShiftStatusTag';
import { useClock } from './useClock';
import { VolunteerFinder } from './VolunteerFinder';

/** Blank lines on a shift's paper sheet for people who come without having signed up. */
const SHEET_BLANK_ROWS = 5;

/** /duty/shift/:id: who signed up, who signed in and out (times editable), review, and the paper sign-in sheet (the reports' SignInSheet). */
export function ShiftPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ledger = useLedger();
  const navigate = useNavigate();
  const clock = useClock();
  const station = useStationProfile();
  const volunteers = useVolunteersInNameOrder();
  const id = useParams().id ?? '';
  const loaded = useObservable(
    useMemo(
      () =>
        ledger.shifts.store.collection.findOne(id).$.pipe(
          map((doc) => (doc ? doc.toMutableJSON(false) : null)),
          switchMap((shift) =>
            shift ? combineLatest([of(shift), ledger.dutyPosts.all$().pipe(map((posts) => posts.find((p) => p.id === shift.postId) ?? null))]) : of([null, null] as const),
          ),
        ),
      [ledger, id],
    ),
  );
  const names = useMemo(() => new Map((volunteers ?? []).map((v) => [v.id, v.name])), [volunteers]);
  const nameOf = (volunteerId: string) => names.get(volunteerId) ?? t('duty.shift.unknownVolunteer');

  if (loaded === undefined) return <Spin />;
  const [shift, post] = loaded;
  if (shift === null) return <Result status="404" title={t('duty.shift.notFound')} extra={<Button onClick={() => void navigate(DUTY_PATH)}>{t('duty.post.back')}</Button>} />;

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      void message.error(saveErrorText(error, null, t) ?? t('common.formHasErrors'));
    }
  };
  const postName = post?.name ?? '';
  const signedUp = new Set(shift.signUps);
  // Those signed up, then anyone who signed in without having signed up: the sheet is also the shift's record.
  const onSheet = [...new Set([...shift.signUps, ...shift.attendance.map((a) => a.volunteerId)])];
  const rows = signInRows(onSheet.map(nameOf), SHEET_BLANK_ROWS);
  const title = t('duty.shift.title', { post: postName, date: shift.date, start: shift.startTime, end: shift.endTime });
  const fileName = t('duty.shift.fileName', { post: postName, date: shift.date });

  const toolbar = (
    <>
      <PageHeader
        testId="page-duty-shift"
        title={
          <Flex gap={8} align="center">
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void navigate(postPath(shift.postId))} aria-label={t('duty.shift.back')} />
            <span data-testid="shift-title">{title}</span>
            <ShiftStatusTag shift={shift} clock={clock} />
          </Flex>
        }
        extra={
          <>
            {awaitsReview(shift, clock.today, clock.time) ? (
              <Button icon={<CheckOutlined />} onClick={() => void act(() => ledger.shifts.confirmReview(shift.id))} data-testid="confirm-review">
                {t('duty.shift.confirm')}
              </Button>
            ) : null}
            <PrintButton suggestedName={fileName} />
          </>
        }
      />
      <Card size="small" title={t('duty.shift.signUps', { count: shift.signUps.length, needed: shift.needed })} style={{ marginBottom: 16 }}>
        <Flex vertical gap={8}>
          <VolunteerFinder
            volunteers={volunteers}
            excludedIds={signedUp}
            onPick={(volunteerId) => void act(() => ledger.shifts.setSignedUp(shift.id, volunteerId, true))}
            placeholder={t('duty.shift.signUpPlaceholder')}
            testId="sign-up-search"
          />
          <Flex wrap gap={6} data-testid="sign-ups">
            {shift.signUps.map((volunteerId) => (
              <Tag key={volunteerId} closable onClose={() => void act(() => ledger.shifts.setSignedUp(shift.id, volunteerId, false))} data-testid="sign-up">
                {nameOf(volunteerId)}
              </Tag>
            ))}
          </Flex>
        </Flex>
      </Card>
      <Card size="small" title={t('duty.shift.attendance')} style={{ marginBottom: 16 }}>
        {/* Keyed by the stored sign-ins, so a sign-in made elsewhere replaces an unsaved edit rather than mixing with it. */}
        <AttendanceTable key={JSON.stringify(shift.attendance)} shift={shift} nameOf={nameOf} />
      </Card>
      <PhotoStrip owner={{ type: 'shift', id: shift.id }} />
    </>
  );

  return (
    <PrintScreen toolbar={toolbar}>
      <SignInSheet heading={{ title: `${postName} ${shift.startTime}–${shift.endTime}`, date: shift.date, place: post?.place ?? '', teamName: '', organizer: station?.name ?? '' }} rows={rows} />
    </PrintScreen>
  );
}
