import { Button, Flex, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PeriodInput } from '../../ui/typedInputs/PeriodInput';
import { hasNarrowingFilters, switchPeriodKind, type ListFilterState, type ListPeriod } from './listFilter';
import { optionMatches, type SearchableOption } from './selectSearch';

interface Props {
  state: ListFilterState;
  today: string;
  fieldOptions: SearchableOption[];
  teamOptions: SearchableOption[];
  projectOptions: SearchableOption[];
  onChange: (next: ListFilterState) => void;
}

function periodValue(period: ListPeriod): string {
  return period.kind === 'month' ? period.month : String(period.year);
}

/** Month (or whole year), field, team and project above the activity list. */
export function ActivityFilterBar({ state, today, fieldOptions, teamOptions, projectOptions, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<ListFilterState>) => onChange({ ...state, ...patch });
  const search = { filterOption: optionMatches };
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }} data-testid="activity-filters">
      <Segmented<ListPeriod['kind']>
        value={state.period.kind}
        options={[
          { value: 'month', label: t('activities.list.periodMonth') },
          { value: 'year', label: t('activities.list.periodYear') },
        ]}
        onChange={(kind) => set({ period: switchPeriodKind(state.period, kind, today) })}
        data-testid="period-kind"
      />
      <PeriodInput
        kind={state.period.kind}
        value={periodValue(state.period)}
        displayFormat={state.period.kind === 'month' ? 'YYYY年M月' : 'YYYY年'}
        onChange={(value) => set({ period: state.period.kind === 'month' ? { kind: 'month', month: value } : { kind: 'year', year: Number(value) } })}
        data-testid="period-picker"
      />
      <Select
        value={state.field || undefined}
        placeholder={t('activities.list.allFields')}
        options={fieldOptions}
        allowClear
        showSearch={search}
        onChange={(field: string | undefined) => set({ field: field ?? '' })}
        style={{ width: 140 }}
        data-testid="filter-field"
      />
      <Select
        value={state.teamId || undefined}
        placeholder={t('activities.list.allTeams')}
        options={teamOptions}
        allowClear
        showSearch={search}
        onChange={(teamId: string | undefined) => set({ teamId: teamId ?? '' })}
        style={{ width: 180 }}
        popupMatchSelectWidth={false}
        data-testid="filter-team"
      />
      <Select
        value={state.projectId || undefined}
        placeholder={t('activities.list.allProjects')}
        options={projectOptions}
        allowClear
        showSearch={search}
        onChange={(projectId: string | undefined) => set({ projectId: projectId ?? '' })}
        style={{ width: 180 }}
        popupMatchSelectWidth={false}
        data-testid="filter-project"
      />
      {hasNarrowingFilters(state) ? (
        <Button type="link" onClick={() => set({ field: '', teamId: '', projectId: '' })}>
          {t('activities.list.clearFilters')}
        </Button>
      ) : null}
    </Flex>
  );
}
