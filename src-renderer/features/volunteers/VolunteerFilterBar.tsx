import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamDoc } from '../../domain/entities/team';
import { useCatalog } from '../../ui/useCatalog';
import { NO_TEAM, STATUS_FILTERS, type StatusFilter, type VolunteerFilter } from './volunteerFilter';

interface Props {
  /** The search box's own text: it follows every keystroke while the table may lag a little behind. */
  query: string;
  onQueryChange: (query: string) => void;
  filter: VolunteerFilter;
  onFilterChange: (patch: Partial<VolunteerFilter>) => void;
  teams: readonly TeamDoc[];
  shown: number;
  total: number;
}

export function VolunteerFilterBar({ query, onQueryChange, filter, onFilterChange, teams, shown, total }: Props) {
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
  const statusOptions = STATUS_FILTERS.map((value) => ({ value, label: t(`volunteers.status.${value}`) }));
  const politicalOptions = [{ value: '', label: t('volunteers.list.allPolitical') }, ...catalog.political.options];

  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
      <Input
        data-testid="search-input"
        aria-label={t('common.actions.search')}
        placeholder={t('volunteers.list.searchPlaceholder')}
        prefix={<SearchOutlined />}
        allowClear
        autoFocus
        value={query}
        onChange={(e) => onQueryChange(e.target.value)}
        style={{ width: 320 }}
      />
      <Select
        aria-label={t('volunteers.fields.teamIds')}
        data-testid="filter-team"
        showSearch={{ optionFilterProp: 'label' }}
        value={filter.teamId}
        options={teamOptions}
        onChange={(teamId: string) => onFilterChange({ teamId })}
        style={{ width: 170 }}
      />
      <Select
        aria-label={t('volunteers.fields.status')}
        data-testid="filter-status"
        value={filter.status}
        options={statusOptions}
        onChange={(status: StatusFilter) => onFilterChange({ status })}
        style={{ width: 110 }}
      />
      <Select
        aria-label={t('volunteers.fields.politicalStatus')}
        data-testid="filter-political"
        value={filter.politicalStatus}
        options={politicalOptions}
        onChange={(politicalStatus: string) => onFilterChange({ politicalStatus })}
        style={{ width: 140 }}
      />
      <Typography.Text type="secondary" data-testid="volunteer-count" style={{ marginLeft: 'auto' }}>
        {shown === total ? t('volunteers.list.count', { count: total }) : t('volunteers.list.countFiltered', { shown, total })}
      </Typography.Text>
    </Flex>
  );
}
