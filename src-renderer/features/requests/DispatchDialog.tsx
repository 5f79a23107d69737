import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { VolunteerSelect } from '../../ui/VolunteerSelect';
import { optionMatches } from '../activities/selectSearch';
import { useTeamsAndProjects } from '../activities/useTeamsAndProjects';
import { StepDialog } from './StepDialog';

interface DispatchValues {
  teamId: string | undefined;
  volunteerIds: string[];
}

/** 派单: to a team, to volunteers, or both; each found by pinyin initials (volunteers by phone too). */
export function DispatchDialog({ requestId, onClose }: { requestId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  const { teamOptions } = useTeamsAndProjects();
  return (
    <StepDialog<DispatchValues>
      action="dispatch"
      title={t('requests.dispatch.title')}
      hint={t('requests.dispatch.hint')}
      initialValues={{ teamId: undefined, volunteerIds: [] }}
      run={(v) => ledger.requests.apply(requestId, { type: 'dispatch', teamId: v.teamId ?? '', volunteerIds: v.volunteerIds })}
      onClose={onClose}
    >
      <Form.Item name="teamId" label={t('requests.fields.teamId')}>
        <Select
          autoFocus
          allowClear
          options={teamOptions}
          showSearch={{ filterOption: optionMatches }}
          placeholder={t('requests.dispatch.teamPlaceholder')}
          data-testid="dispatch-team"
        />
      </Form.Item>
      <Form.Item name="volunteerIds" label={t('requests.fields.volunteerIds')}>
        <VolunteerSelect mode="multiple" placeholder={t('requests.dispatch.volunteerPlaceholder')} data-testid="dispatch-volunteers" />
      </Form.Item>
    </StepDialog>
  );
}
