import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { optionMatches, type SearchableOption } from './selectSearch';

/** Adds every active member of the chosen team at once; the box clears for the next team. */
export function TeamAdder({ teamOptions, onAddTeam }: { teamOptions: SearchableOption[]; onAddTeam: (teamId: string) => void }) {
  const { t } = useTranslation();
  return (
    <Select<string | null, SearchableOption>
      id="activity_addTeam"
      data-testid="add-team-members"
      value={null}
      placeholder={t('activities.participants.teamPlaceholder')}
      options={teamOptions}
      showSearch={{ filterOption: optionMatches }}
      onSelect={(teamId: string | null) => {
        if (teamId) onAddTeam(teamId);
      }}
      style={{ width: 200 }}
      popupMatchSelectWidth={false}
    />
  );
}
