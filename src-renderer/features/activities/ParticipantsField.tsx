import { App, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerDoc } from '../../domain/entities/volunteer';
import { ParticipantPicker } from './ParticipantPicker';
import {
  activeTeamMemberIds,
  addParticipants,
  participantTotals,
  removeParticipant,
  setParticipantHours,
  type ParticipantRow,
} from './participants';
import { ParticipantTable, type PersonLabel } from './ParticipantTable';
import type { SearchableOption } from './selectSearch';
import { TeamAdder } from './TeamAdder';

interface Props {
  /** From Form.Item: the participant rows. */
  value?: ParticipantRow[];
  onChange?: (rows: ParticipantRow[]) => void;
  /** Every volunteer (inactive ones too, for names on older activities); undefined while loading. */
  volunteers: VolunteerDoc[] | undefined;
  teamOptions: SearchableOption[];
  /** The activity's time span in hours (0 while the times are incomplete). */
  span: number;
  overflowIds: ReadonlySet<string>;
}

const NO_ROWS: ParticipantRow[] = [];

/** The participants of an activity as one form field: search, whole-team add, the table and its totals. */
export function ParticipantsField({ value = NO_ROWS, onChange, volunteers, teamOptions, span, overflowIds }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const byId = useMemo(() => new Map((volunteers ?? []).map((v) => [v.id, v])), [volunteers]);
  const addedIds = useMemo(() => new Set(value.map((r) => r.volunteerId)), [value]);
  const totals = participantTotals(value);

  const person = (id: string): PersonLabel => {
    const v = byId.get(id);
    return v ? { name: v.name, active: v.active, unknown: false } : { name: '', active: false, unknown: true };
  };

  const addTeam = (teamId: string) => {
    const team = teamOptions.find((o) => o.value === teamId)?.label ?? '';
    const result = addParticipants(value, activeTeamMemberIds(volunteers ?? [], teamId), span);
    if (result.added === 0 && result.alreadyIn === 0) {
      void message.warning(t('activities.participants.teamEmpty', { team }));
      return;
    }
    onChange?.(result.rows);
    if (result.added === 0) void message.info(t('activities.participants.teamAllIn', { team }));
    else if (result.alreadyIn === 0) void message.success(t('activities.participants.teamAdded', { team, added: result.added }));
    else void message.success(t('activities.participants.teamAddedSomeIn', { team, added: result.added, alreadyIn: result.alreadyIn }));
  };

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        <ParticipantPicker volunteers={volunteers} addedIds={addedIds} onAdd={(id) => onChange?.(addParticipants(value, [id], span).rows)} />
        <TeamAdder teamOptions={teamOptions} onAddTeam={addTeam} />
      </Flex>
      <ParticipantTable
        rows={value}
        person={person}
        overflowIds={overflowIds}
        onHours={(id, hours, refused) => onChange?.(setParticipantHours(value, id, hours, refused))}
        onRemove={(id) => onChange?.(removeParticipant(value, id))}
      />
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Text strong data-testid="participants-summary">
          {t('activities.participants.summary', { count: totals.count, hours: totals.hours })}
        </Typography.Text>
        <Typography.Text type="secondary">{t('activities.participants.hoursHint')}</Typography.Text>
      </Flex>
    </Flex>
  );
}
