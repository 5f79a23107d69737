import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import type { ActivityDoc } from '../../domain/entities/activity';
import { ActivityPrintMenu } from '../reports/ActivityPrintActions';

interface ColumnDeps {
  t: TFunction;
  fieldLabel: (code: string) => string;
  teamName: (id: string) => string;
  projectName: (id: string) => string;
  onDelete: (activity: ActivityDoc) => void;
}

export function editPath(id: string): string {
  return `/activities/${encodeURIComponent(id)}/edit`;
}

/** Keeps a click on the delete button or its confirmation (rendered in a portal) from opening the row. */
const stop = (e: MouseEvent) => e.stopPropagation();

const muted = (text: string) => (text ? text : <Typography.Text type="secondary">—</Typography.Text>);

export function activityColumns({ t, fieldLabel, teamName, projectName, onDelete }: ColumnDeps): ColumnsType<ActivityDoc> {
  return [
    { key: 'date', title: t('activities.list.columns.date'), dataIndex: 'date', width: 110 },
    {
      key: 'title',
      title: t('activities.list.columns.title'),
      dataIndex: 'title',
      ellipsis: true,
      render: (_: unknown, a: ActivityDoc) => <Link to={editPath(a.id)}>{a.title}</Link>,
    },
    { key: 'field', title: t('activities.list.columns.field'), width: 100, render: (_: unknown, a: ActivityDoc) => fieldLabel(a.field) },
    {
      key: 'team',
      title: t('activities.list.columns.team'),
      width: 150,
      ellipsis: true,
      render: (_: unknown, a: ActivityDoc) => muted(teamName(a.teamId)),
    },
    {
      key: 'project',
      title: t('activities.list.columns.project'),
      width: 150,
      ellipsis: true,
      render: (_: unknown, a: ActivityDoc) => muted(projectName(a.projectId)),
    },
    { key: 'participants', title: t('activities.list.columns.participants'), dataIndex: 'participantCount', width: 80, align: 'right' },
    { key: 'hours', title: t('activities.list.columns.hours'), dataIndex: 'totalHours', width: 90, align: 'right' },
    { key: 'served', title: t('activities.list.columns.served'), dataIndex: 'servedCount', width: 90, align: 'right' },
    {
      key: 'actions',
      title: t('activities.list.columns.actions'),
      width: 130,
      align: 'center',
      render: (_: unknown, a: ActivityDoc) => (
        <span onClick={stop}>
          <ActivityPrintMenu activityId={a.id} title={a.title} />
          <Popconfirm title={t('common.confirmDelete', { name: a.title })} onConfirm={() => onDelete(a)} okText={t('common.actions.delete')} okButtonProps={{ danger: true }}>
            <Button
              type="text"
              danger
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t('activities.list.deleteLabel', { title: a.title })}
              data-testid="delete-activity"
            />
          </Popconfirm>
        </span>
      ),
    },
  ];
}
