import { ClockCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Flex, Form, Row, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { isIsoDate } from '../../domain/dates';
import type { VolunteerDoc } from '../../domain/entities/volunteer';
import { isValidTime } from '../../domain/hours';
import { nextSignAction } from '../../records/shift/signing';
import { PageHeader } from '../../ui/PageHeader';
import { DateInput } from '../../ui/typedInputs/DateInput';
import { TimeInput } from '../../ui/typedInputs/TimeInput';
import { useObservable } from '../../ui/useObservable';
import { useVolunteersInNameOrder } from '../../ui/volunteersInNameOrder';
import { formatHours } from '../volunteers/serviceHours';
import { deskPeople, pickShift, type DeskPerson } from './deskPeople';
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

  const shift = shifts ? pickShift(shifts, chosenShiftId, clock) : undefined;
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
    if (!shift || !timeOk) return;
    try {
      const { action, shift: saved } = await ledger.shifts.sign(shift.id, volunteerId, time);
      const name = names.get(volunteerId) ?? '';
      const hours = saved.credits.find((c) => c.volunteerId === volunteerId)?.hours ?? 0;
      void message.success(
        action === 'signIn' ? t('duty.signIn.signedIn', { name, time }) : t('duty.signIn.signedOut', { name, time, hours: formatHours(hours) }),
      );
    } catch (error) {
      void message.error(saveErrorText(error, null, t) ?? t('common.formHasErrors'));
    }
  };

  const columns: TableColumnsType<DeskPerson> = [
    { title: t('duty.shift.columns.name'), dataIndex: 'name', width: 140, render: (name: string) => <span data-testid="desk-name">{name}</span> },
    {
      title: t('duty.post.columns.status'),
      dataIndex: 'state',
      width: 100,
      render: (state: DeskPerson['state']) => (
        <Tag color={state === 'in' ? 'green' : state === 'out' ? 'blue' : 'default'} data-testid={`desk-state-${state}`}>
          {t(`duty.signIn.state.${state}`)}
        </Tag>
      ),
    },
    { title: t('duty.shift.columns.signIn'), dataIndex: 'signIn', width: 100 },
    { title: t('duty.shift.columns.signOut'), dataIndex: 'signOut', width: 100 },
    {
      title: t('duty.shift.columns.hours'),
      dataIndex: 'hours',
      align: 'right',
      render: (h: number | null) => <span data-testid="desk-hours">{h === null ? '' : formatHours(h)}</span>,
    },
  ];

  return (
    <>
      <PageHeader testId="page-duty-sign-in" title={t('duty.signIn.pageTitle')} />
      <Form layout="vertical">
        <Row gutter={12}>
          <Col span={4}>
            <Form.Item label={t('duty.signIn.date')}>
              <DateInput value={date} onChange={(v) => { setDate(v); setChosenShiftId(null); }} data-testid="desk-date" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item label={t('duty.signIn.shift')}>
              <Select
                value={shift?.id ?? null}
                onChange={(id: string) => setChosenShiftId(id)}
                options={(shifts ?? []).map((s) => ({ value: s.id, label: t('duty.signIn.shiftOption', { post: postName(s.postId), start: s.startTime, end: s.endTime }) }))}
                data-testid="desk-shift"
              />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item label={t('duty.signIn.time')} validateStatus={timeOk ? '' : 'error'}>
              <TimeInput value={time} onChange={(v) => setTypedTime(v)} data-testid="desk-time" />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item label=" ">
              <Button icon={<ClockCircleOutlined />} disabled={typedTime === null} onClick={() => setTypedTime(null)} data-testid="desk-time-now">
                {t('duty.signIn.now')}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
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
            <Table<DeskPerson> rowKey="volunteerId" size="small" columns={columns} dataSource={people} pagination={false} onRow={() => ({ 'data-testid': 'desk-row' }) as React.HTMLAttributes<HTMLElement>} />
          </Flex>
        </Card>
      )}
    </>
  );
}
