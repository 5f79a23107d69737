import { DeleteOutlined } from '@ant-design/icons';
import { Button, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidHours } from '../../domain/hours';
import { HoursInput } from '../../ui/typedInputs/HoursInput';
import type { ParticipantRow } from './participants';

export interface PersonLabel {
  name: string;
  active: boolean;
  /** Not in the volunteer list any more (deleted, or not yet synced to this PC). */
  unknown: boolean;
}

interface Props {
  rows: ParticipantRow[];
  person: (volunteerId: string) => PersonLabel;
  /** People whose day would pass 24 hours: their hours are marked. */
  overflowIds: ReadonlySet<string>;
  onHours: (volunteerId: string, hours: number | null, refusedText?: string) => void;
  onRemove: (volunteerId: string) => void;
}

const ROW_TEST_ID: HTMLAttributes<HTMLElement> & { 'data-testid': string } = { 'data-testid': 'participant-row' };
const TABLE_MAX_HEIGHT = 264;

/** Name, hours (half-hour steps) and a remove button per person; the form shows the totals below. */
export function ParticipantTable({ rows, person, overflowIds, onHours, onRemove }: Props) {
  const { t } = useTranslation();
  const columns: ColumnsType<ParticipantRow> = [
    { key: 'index', title: t('activities.participants.index'), width: 64, render: (_: unknown, __: ParticipantRow, i: number) => i + 1 },
    {
      key: 'name',
      title: t('activities.participants.name'),
      render: (_: unknown, r: ParticipantRow) => {
        const p = person(r.volunteerId);
        return (
          <span data-testid="participant-name">
            {p.unknown ? t('activities.participants.unknownVolunteer') : p.name}
            {!p.unknown && !p.active ? (
              <Tag style={{ marginLeft: 8 }}>{t('activities.participants.inactive')}</Tag>
            ) : null}
          </span>
        );
      },
    },
    {
      key: 'hours',
      title: t('activities.participants.hours'),
      width: 160,
      render: (_: unknown, r: ParticipantRow) => (
        <HoursInput
          value={r.hours}
          {...(r.refusedText === undefined ? {} : { refused: r.refusedText })}
          error={overflowIds.has(r.volunteerId) || r.hours === null || !isValidHours(r.hours)}
          onChange={(hours, refused) => onHours(r.volunteerId, hours, refused)}
          aria-label={`${person(r.volunteerId).name} ${t('activities.participants.hours')}`}
          data-testid="participant-hours"
        />
      ),
    },
    {
      key: 'remove',
      title: t('activities.participants.remove'),
      width: 72,
      align: 'center',
      render: (_: unknown, r: ParticipantRow) => (
        <Button
          type="text"
          danger
          size="small"
          icon={<DeleteOutlined />}
          onClick={() => onRemove(r.volunteerId)}
          aria-label={t('activities.participants.removeLabel', { name: person(r.volunteerId).name })}
          data-testid="remove-participant"
        />
      ),
    },
  ];
  return (
    <Table<ParticipantRow>
      data-testid="participant-table"
      size="small"
      rowKey="volunteerId"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ y: TABLE_MAX_HEIGHT }}
      locale={{ emptyText: t('activities.participants.empty') }}
      onRow={() => ROW_TEST_ID}
    />
  );
}
