import { Alert, App, Card, Empty, Flex, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { isIsoDate } from '../../domain/dates';
import type { VolunteerDoc } from '../../domain/entities/volunteer';
import { isValidTime } from '../../domain/hours';
import type { ShiftDoc } from '../../records/shift/shape';
import { signedShift } from '../../records/shift/signedShift';
import { nextSignAction } from '../../records/shift/signing';
import { PageHeader } from '../../ui/PageHeader';
import { useObservable } from '../../ui/useObservable';
import { useVolunteersInNameOrder } from '../../ui/volunteersInNameOrder';
import { formatHours } from '../volunteers/serviceHours';
import { DeskForm } from './DeskForm';
import { deskPeople, pickShift } from './deskPeople';
import { DeskTable } from './DeskTable';
import { saveErrorText } from './saveIssues';
import { ShiftStatusTag } from './ShiftStatusTag';
import { useClock } from './useClock';
import { VolunteerFinder } from './VolunteerFinder';

/**
 * /duty/sign-in: the station PC as the post's sign-in desk. Pick the day's shift (the one running now is
 * chosen), find a person by pinyin initials, phone or ID-number tail, and Enter signs them in, or out when
 * they are in. The time is the PC's clock unless the keeper types another (a paper sheet typed in later).
 */
export function SignInDeskPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ledger = useLedger();
  const clock = useClock();
  const volunteers = useVolunteersInNameOrder();
  const [date, setDate] = useState(clock.today);
  const [chosenShiftId, setChosenShiftId] = useState<string | null>(null);
  // null: follow the PC's clock.
  const [typedTime, setTypedTime] = useState<string | null>(null);
  const day = isIsoDate(date) ? date : clock.today;
  const shifts = useObservable(useMemo(() => ledger.shifts.onDate$(day), [ledger, day]));
  const posts = useObservable(useMemo(() => ledger.dutyPosts.all$(), [ledger]));
  const postName = useCallback((postId: string) => posts?.find((p) => p.id === postId)?.name ?? '', [posts]);

  const stored = shifts ? pickShift(shifts, chosenShiftId, clock) : undefined;
  // The day's activity hours, for the daily limit of the shift drawn at each Enter (read again as the day's
  // shifts change, so an activity saved meanwhile is counted).
  const [activityHours, setActivityHours] = useState<{ day: string; hours: ReadonlyMap<string, number> } | null>(null);
  useEffect(() => {
    let live = true;
    ledger.shifts.activityHoursOn(day).then(
      (hours) => live && setActivityHours({ day, hours }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ledger, day, shifts]);
  // What the last Enter leaves the shift, drawn while signs are being saved and until the last save comes
  // back as a new stored shift: the keeper sees the person's state and hours at once instead of after the
  // write and the query that follows it.
  const [drawn, setDrawn] = useState<{ over: ShiftDoc; shift: ShiftDoc } | null>(null);
  const [saving, setSaving] = useState(0);
  const shift = drawn !== null && (saving > 0 || drawn.over === stored) ? drawn.shift : stored;
  const time = typedTime ?? clock.time;
  const timeOk = isValidTime(time);
  const names = useMemo(() => new Map((volunteers ?? []).map((v) => [v.id, v.name])), [volunteers]);
  const people = useMemo(() => (shift ? deskPeople(shift, (id) => names.get(id) ?? t('duty.shift.unknownVolunteer')) : []), [shift, names, t]);

  const note = useCallback(
    (v: VolunteerDoc) => {
      if (!shift) return '';
      const signedIn = shift.attendance.some((a) => a.volunteerId === v.id);
      return signedIn ? t(nextSignAction(shift.attendance, v.id) === 'signOut' ? 'duty.signIn.state.in' : 'duty.signIn.state.out') : '';
    },
    [shift, t],
  );

  const sign = async (volunteerId: string) => {
    if (!shift || !stored || !timeOk) return;
    const hoursOfDay = activityHours?.day === shift.date ? activityHours.hours : null;
    const guess = hoursOfDay && shifts ? signedShift(shift, volunteerId, time, shifts, hoursOfDay) : null;
    if (guess) setDrawn({ over: stored, shift: guess.shift });
    setSaving((n) => n + 1);
    try {
      const { action, shift: saved } = await ledger.shifts.sign(shift.id, volunteerId, time);
      const name = names.get(volunteerId) ?? '';
      const hours = saved.credits.find((c) => c.volunteerId === volunteerId)?.hours ?? 0;
      void message.success(
        action === 'signIn' ? t('duty.signIn.signedIn', { name, time }) : t('duty.signIn.signedOut', { name, time, hours: formatHours(hours) }),
      );
    } catch (error) {
      // Not saved: the row goes back to what is stored.
      if (guess) setDrawn((now) => (now?.shift === guess.shift ? null : now));
      void message.error(saveErrorText(error, null, t) ?? t('common.formHasErrors'));
    } finally {
      setSaving((n) => n - 1);
    }
  };

  const chooseDate = useCallback((v: string) => {
    setDate(v);
    setChosenShiftId(null);
  }, []);
  const shiftOptions = useMemo(
    () => (shifts ?? []).map((s) => ({ value: s.id, label: t('duty.signIn.shiftOption', { post: postName(s.postId), start: s.startTime, end: s.endTime }) })),
    [shifts, postName, t],
  );

  return (
    <>
      <PageHeader testId="page-duty-sign-in" title={t('duty.signIn.pageTitle')} />
      <DeskForm
        date={date}
        onDate={chooseDate}
        shiftId={shift?.id ?? null}
        shiftOptions={shiftOptions}
        onShift={setChosenShiftId}
        time={time}
        timeOk={timeOk}
        timeTyped={typedTime !== null}
        onTime={setTypedTime}
      />
      {shifts !== undefined && shifts.length === 0 ? (
        <Empty description={t('duty.signIn.noShifts')} />
      ) : (
        <Card
          size="small"
          title={
            <Flex gap={8} align="center">
              <span>{t('duty.signIn.people')}</span>
              {shift ? <ShiftStatusTag shift={shift} clock={clock} /> : null}
              {shift ? <Typography.Text type="secondary">{t('duty.signIn.onDuty', { count: people.filter((p) => p.state === 'in').length })}</Typography.Text> : null}
            </Flex>
          }
        >
          <Flex vertical gap={12}>
            <Alert type="info" showIcon title={t('duty.signIn.hint')} />
            <VolunteerFinder
              volunteers={volunteers}
              onPick={(id) => void sign(id)}
              placeholder={t('duty.signIn.searchPlaceholder')}
              note={note}
              autoFocus
              disabled={!shift || !timeOk}
              testId="desk-search"
            />
            <DeskTable people={people} />
          </Flex>
        </Card>
      )}
    </>
  );
}
