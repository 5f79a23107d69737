import { Card, Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityFigures } from '../../domain/figures';

/** What the filtered list adds up to: the figures inspections and the city ask for. */
export function ActivityTotalsBar({ figures }: { figures: ActivityFigures | undefined }) {
  const { t } = useTranslation();
  const loading = figures === undefined;
  const items = [
    { key: 'sessions', title: t('activities.totals.sessions'), value: figures?.sessions, unit: t('common.sessionsUnit') },
    { key: 'hours', title: t('activities.totals.hours'), value: figures?.hours, unit: t('common.hoursUnit') },
    { key: 'served', title: t('activities.totals.served'), value: figures?.served, unit: t('common.peopleUnit') },
    { key: 'volunteers', title: t('activities.totals.volunteers'), value: figures?.volunteersActive, unit: t('common.peopleUnit') },
  ];
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="totals">
      <Flex gap={48} wrap>
        {items.map((item) => (
          <Statistic
            key={item.key}
            title={item.title}
            value={item.value ?? 0}
            suffix={item.unit}
            loading={loading}
            styles={{ content: { fontSize: 20 } }}
            data-testid={`totals-${item.key}`}
          />
        ))}
      </Flex>
    </Card>
  );
}
