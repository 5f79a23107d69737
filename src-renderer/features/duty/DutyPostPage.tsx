import { ArrowLeftOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Spin, Table, type TableColumnsType } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { map } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import { formatHours } from '../volunteers/serviceHours';
import type { ShiftDoc } from '../../records/shift/shape';
import { PageHeader } from '../../ui/PageHeader';
import { useObservable } from '../../ui/useObservable';
import { DUTY_PATH, postRosterPath, shiftPath } from './paths';
import { PostFormModal } from './PostFormModal';
import { ShiftRunForm } from './ShiftRunForm';
import { ShiftStatusTag } from './ShiftStatusTag';
import { useClock } from './useClock';

type RowAttributes = HTMLAttributes<HTMLElement> & { 'data-testid': string };

/** /duty/:id: a post and its schedule; 添加班次 plans one shift or a run of days. */
export function DutyPostPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const clock = useClock();
  const id = useParams().id ?? '';
  const post = useObservable(useMemo(() => ledger.dutyPosts.all$().pipe(map((all) => all.find((p) => p.id === id) ?? null)), [ledger, id]));
  const shifts = useObservable(useMemo(() => ledger.shifts.ofPost$(id), [ledger, id]));
  const [editing, setEditing] = useState(false);

  if (post === undefined) return <Spin />;
  if (post === null) return <Result status="404" title={t('duty.post.notFound')} extra={<Button onClick={() => void navigate(DUTY_PATH)}>{t('duty.post.back')}</Button>} />;

  const columns: TableColumnsType<ShiftDoc> = [
    { title: t('duty.post.columns.date'), dataIndex: 'date', width: 120 },
    { title: t('duty.post.columns.time'), key: 'time', width: 130, render: (_: unknown, s) => `${s.startTime}–${s.endTime}` },
    { title: t('duty.post.columns.needed'), dataIndex: 'needed', width: 90, align: 'right' },
    { title: t('duty.post.columns.signedUp'), key: 'signedUp', width: 90, align: 'right', render: (_: unknown, s) => s.signUps.length },
    { title: t('duty.post.columns.signedIn'), key: 'signedIn', width: 90, align: 'right', render: (_: unknown, s) => s.credits.length },
    { title: t('duty.post.columns.hours'), dataIndex: 'totalHours', width: 140, align: 'right', render: (h: number) => formatHours(h) },
    { title: t('duty.post.columns.status'), key: 'status', width: 100, render: (_: unknown, s) => <ShiftStatusTag shift={s} clock={clock} /> },
  ];

  return (
    <>
      <PageHeader
        testId="page-duty-post"
        title={
          <Flex gap={8} align="center">
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void navigate(DUTY_PATH)} aria-label={t('duty.post.back')} />
            <span data-testid="post-title">{post.name}</span>
          </Flex>
        }
        extra={
          <>
            <Button icon={<PrinterOutlined />} onClick={() => void navigate(postRosterPath(post.id))} data-testid="print-roster">
              {t('duty.roster.button')}
            </Button>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.actions.edit')}
            </Button>
          </>
        }
      />
      <Card size="small" title={t('duty.run.title')} style={{ marginBottom: 16 }}>
        <ShiftRunForm postId={post.id} defaultDate={clock.today} />
      </Card>
      <Card size="small" title={t('duty.post.schedule')}>
        <Table<ShiftDoc>
          rowKey="id"
          size="small"
          loading={shifts === undefined}
          columns={columns}
          dataSource={shifts ?? []}
          pagination={{ pageSize: 31, hideOnSinglePage: true, showSizeChanger: false }}
          onRow={(s): RowAttributes => ({ onClick: () => void navigate(shiftPath(s.id)), style: { cursor: 'pointer' }, 'data-testid': 'shift-row' })}
          locale={{ emptyText: t('duty.post.empty') }}
        />
      </Card>
      {editing ? <PostFormModal post={post} open onClose={() => setEditing(false)} /> : null}
    </>
  );
}
