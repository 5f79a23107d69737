import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input, Select, Typography } from 'antd';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamDoc } from '../../domain/entities/team';
import { useCatalog } from '../../ui/useCatalog';
import { NO_TEAM, STATUS_FILTERS, type StatusFilter, type VolunteerFilter } from './volunteerFilter';

interface Props {
  filter: VolunteerFilter;
  onQueryChange: (query: string) => void;
  /** The search box lost focus. */
  onQueryBlur: () => void;
  onFilterChange: (patch: Partial<VolunteerFilter>) => void;
  teams: readonly TeamDoc[];
  shown: number;
  total: number;
}

export function VolunteerFilterBar({ filter, onQueryChange, onQueryBlur, onFilterChange, teams, shown, total }: Props) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
      <Input
        data-testid="search-input"
        aria-label={t('common.actions.search')}
        placeholder={t('volunteers.list.searchPlaceholder')}
        prefix={SEARCH_ICON}
        allowClear
        autoFocus
        value={filter.query}
        onChange={(e) => onQueryChange(e.target.value)}
        onBlur={onQueryBlur}
        style={{ width: 320 }}
      />
      <FilterSelects
        teamId={filter.teamId}
        status={filter.status}
        politicalStatus={filter.politicalStatus}
        teams={teams}
        onFilterChange={onFilterChange}
      />
      <Typography.Text type="secondary" data-testid="volunteer-count" style={{ marginLeft: 'auto' }}>
        {shown === total ? t('volunteers.list.count', { count: total }) : t('volunteers.list.countFiltered', { shown, total })}
      </Typography.Text>
    </Flex>
  );
}

const SEARCH_ICON = <SearchOutlined />;

interface SelectsProps {
  teamId: string;
  status: StatusFilter;
  politicalStatus: string;
  teams: readonly TeamDoc[];
  onFilterChange: (patch: Partial<VolunteerFilter>) => void;
}

/** Memoised apart from the search box: typing does not redraw the three selects. */
const FilterSelects = memo(function FilterSelects({ teamId, status, politicalStatus, teams, onFilterChange }: SelectsProps) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const teamOptions = useMemo(
    () => [
      { value: '', label: t('volunteers.list.allTeams') },
      { value: NO_TEAM, label: t('volunteers.list.noTeam') },
      ...teams.map((team) => ({ value: team.id, label: team.name })),
    ],
    [t, teams],
  );
  const statusOptions = useMemo(() => STATUS_FILTERS.map((value) => ({ value, label: t(`volunteers.status.${value}`) })), [t]);
  const politicalOptions = useMemo(
    () => [{ value: '', label: t('volunteers.list.allPolitical') }, ...catalog.political.options],
    [t, catalog],
  );
  return (
    <>
      <Select
        aria-label={t('volunteers.fields.teamIds')}
        data-testid="filter-team"
        showSearch={{ optionFilterProp: 'label' }}
        value={teamId}
        options={teamOptions}
        onChange={(value: string) => onFilterChange({ teamId: value })}
        style={{ width: 170 }}
      />
      <Select
        aria-label={t('volunteers.fields.status')}
        data-testid="filter-status"
        value={status}
        options={statusOptions}
        onChange={(value: StatusFilter) => onFilterChange({ status: value })}
        style={{ width: 110 }}
      />
      <Select
        aria-label={t('volunteers.fields.politicalStatus')}
        data-testid="filter-political"
        value={politicalStatus}
        options={politicalOptions}
        onChange={(value: string) => onFilterChange({ politicalStatus: value })}
        style={{ width: 140 }}
      />
    </>
  );
});
