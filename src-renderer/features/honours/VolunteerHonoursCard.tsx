import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Rate, Skeleton, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import { MAX_STARS, starLevelKey, starStanding, STARS_TO_NEXT_KEY, STARS_TOP_KEY } from '../../domain/honours/starLevel';
import { useObservable } from '../../ui/useObservable';
import { LinkedHonoursTable } from './LinkedHonoursTable';
import { newHonourPath } from './paths';

/** The star level from the hours on record, and what is still to serve for the next star. */
function StarLevel({ totalHours }: { totalHours: number }) {
  const { t } = useTranslation();
  const standing = starStanding(totalHours);
  return (
    <Flex vertical gap={4} style={{ marginBottom: 12 }}>
      <Flex align="center" gap={8} wrap>
        <Tooltip title={t('honours.card.starHelp')}>
          <Rate disabled count={MAX_STARS} value={standing.stars} />
        </Tooltip>
        <Typography.Text strong data-testid="volunteer-star-level">
          {t(starLevelKey(standing.stars))}
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary" data-testid="volunteer-star-next">
        {standing.hoursToNextStar === null ? t(STARS_TOP_KEY) : t(STARS_TO_NEXT_KEY, { hours: standing.hoursToNextStar, stars: standing.stars + 1 })}
      </Typography.Text>
    </Flex>
  );
}

/**
 * 星级与表彰 on a volunteer's page: the star level, computed from the total hours the page already shows
 * (undefined while those load), and the volunteer's honours with a way to add one for them.
 */
export function VolunteerHonoursCard({ volunteerId, totalHours }: { volunteerId: string; totalHours: number | undefined }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const honours = useObservable(useMemo(() => ledger.honours.of$(volunteerId), [ledger, volunteerId]));
  return (
    <Card
      title={t('honours.card.title')}
      size="small"
      data-testid="volunteer-honours-card"
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => void navigate(newHonourPath({ linkKind: 'volunteer', linkId: volunteerId }))} data-testid="add-honour">
          {t('honours.card.add')}
        </Button>
      }
    >
      {totalHours === undefined ? <Skeleton active paragraph={{ rows: 1 }} /> : <StarLevel totalHours={totalHours} />}
      <LinkedHonoursTable honours={honours} testId="volunteer-honours" />
    </Card>
  );
}
