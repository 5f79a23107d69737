import { EditOutlined, LoginOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import type { DutyPostDoc } from '../../records/dutyPost/shape';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useObservable } from '../../ui/useObservable';
import { useServiceFields } from '../../ui/useServiceFields';
import { postPath, SIGN_IN_DESK_PATH } from './paths';
import { PostFormModal } from './PostFormModal';

type RowAttributes = HTMLAttributes<HTMLElement> & { 'data-testid': string };

/** /duty: the station's duty posts; a post opens its schedule; 值守签到 opens the sign-in screen. */
export function DutyPostsPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const fields = useServiceFields();
  const posts = useObservable(useMemo(() => ledger.dutyPosts.all$(), [ledger]));
  // null: the form is closed; 'new' or the post being edited.
  const [editing, setEditing] = useState<DutyPostDoc | 'new' | null>(null);

  const columns: TableColumnsType<DutyPostDoc> = [
    { title: t('duty.fields.name'), dataIndex: 'name', render: (name: string, post) => <Link to={postPath(post.id)}>{name}</Link> },
    { title: t('duty.fields.place'), dataIndex: 'place', ellipsis: true },
    { title: t('duty.fields.field'), dataIndex: 'field', width: 140, render: (code: string) => (code ? fields.label(code) : '') },
    {
      title: t('duty.post.columns.status'),
      dataIndex: 'active',
      width: 100,
      render: (active: boolean) => (active ? <Tag color="green">{t('duty.posts.active')}</Tag> : <Tag>{t('duty.posts.inactive')}</Tag>),
    },
    {
      key: 'edit',
      width: 100,
      render: (_: unknown, post) => (
        <Button
          size="small"
          icon={<EditOutlined />}
          onClick={(e) => {
            e.stopPropagation();
            setEditing(post);
          }}
        >
          {t('common.actions.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        testId="page-duty"
        title={t('duty.posts.pageTitle')}
        extra={
          <Flex gap={8}>
            <Button icon={<LoginOutlined />} onClick={() => void navigate(SIGN_IN_DESK_PATH)} data-testid="open-sign-in-desk">
              {t('duty.posts.signIn')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-post">
              {t('duty.posts.add')}
            </Button>
          </Flex>
        }
      />
      <Table<DutyPostDoc>
        rowKey="id"
        size="middle"
        loading={posts === undefined}
        columns={columns}
        dataSource={posts ?? []}
        pagination={false}
        onRow={(post): RowAttributes => ({ onClick: () => void navigate(postPath(post.id)), style: { cursor: 'pointer' }, 'data-testid': 'post-row' })}
        locale={{ emptyText: <EmptyState description={t('duty.posts.empty')} actionLabel={t('duty.posts.add')} onAction={() => setEditing('new')} /> }}
      />
      {editing !== null ? <PostFormModal post={editing === 'new' ? null : editing} open onClose={() => setEditing(null)} /> : null}
    </>
  );
}
