import { App, Button, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import type { ShiftDoc } from '../../records/shift/shape';
import { TimeInput } from '../../ui/typedInputs/TimeInput';
import { formatHours } from '../volunteers/serviceHours';
import { creditNotes } from './creditNotes';
import { saveErrorText } from './saveIssues';

type Attendance = ShiftDoc['attendance'][number];

interface Row extends Attendance {
  index: number;
}

/**
 * A shift's sign-ins with their times editable (a forgotten sign-out is typed in afterwards), and each
 * person's credited hours and review notes as the rules gave them at the last save.
 */
export function AttendanceTable({ shift, nameOf }: { shift: ShiftDoc; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ledger = useLedger();
  // The times as edited here, until saved; null shows the shift's own.
  const [draft, setDraft] = useState<Attendance[] | null>(null);
  const [saving, setSaving] = useState(false);
  const rows: Row[] = (draft ?? shift.attendance).map((a, index) => ({ ...a, index }));
  const creditOf = (volunteerId: string) => shift.credits.find((c) => c.volunteerId === volunteerId);
  const edit = (index: number, change: Partial<Attendance>) => setDraft(rows.map(({ index: i, ...a }) => (i === index ? { ...a, ...change } : a)));

  const save = async () => {
    if (!draft) return;
    setSaving(true);
    try {
      await ledger.shifts.setAttendance(shift.id, draft);
      setDraft(null);
      void message.success(t('duty.shift.timesSaved'));
    } catch (error) {
      void message.error(saveErrorText(error, null, t) ?? t('common.formHasErrors'));
    } finally {
      setSaving(false);
    }
  };

  const columns: TableColumnsType<Row> = [
    { title: t('duty.shift.columns.name'), key: 'name', width: 140, render: (_: unknown, r) => <span data-testid="attendance-name">{nameOf(r.volunteerId)}</span> },
    {
      title: t('duty.shift.columns.signIn'),
      key: 'signIn',
      width: 130,
      render: (_: unknown, r) => <TimeInput value={r.signIn} onChange={(v) => edit(r.index, { signIn: v })} data-testid="attendance-sign-in" />,
    },
    {
      title: t('duty.shift.columns.signOut'),
      key: 'signOut',
      width: 130,
      render: (_: unknown, r) => <TimeInput value={r.signOut} onChange={(v) => edit(r.index, { signOut: v })} data-testid="attendance-sign-out" />,
    },
    {
      title: t('duty.shift.columns.hours'),
      key: 'hours',
      width: 130,
      align: 'right',
      render: (_: unknown, r) => <span data-testid="attendance-hours">{formatHours(creditOf(r.volunteerId)?.hours ?? 0)}</span>,
    },
    {
      title: t('duty.shift.columns.review'),
      key: 'review',
      render: (_: unknown, r) => {
        const credit = creditOf(r.volunteerId);
        return (
          <Typography.Text type="warning" data-testid="attendance-review">
            {credit ? creditNotes(credit, t).join('；') : ''}
          </Typography.Text>
        );
      },
    },
  ];

  return (
    <Flex vertical gap={8}>
      <Table<Row>
        rowKey="index"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('duty.shift.noAttendance') }}
        onRow={() => ({ 'data-testid': 'attendance-row' }) as React.HTMLAttributes<HTMLElement>}
      />
      {draft ? (
        <Button type="primary" loading={saving} onClick={() => void save()} style={{ alignSelf: 'flex-start' }} data-testid="save-times">
          {t('duty.shift.saveTimes')}
        </Button>
      ) : null}
    </Flex>
  );
}
