import { CheckCircleFilled, ExclamationCircleOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FIVE_HAVES, type FiveHave } from '../../domain/catalog';
import { useCatalog } from '../../ui/useCatalog';
import { selfCheckScore } from '../setup/stationForm';

/** The station's own 五有 self-check, as inspections ask about it first; corrected in Settings. */
export function SelfCheckCard({ selfCheck }: { selfCheck: Record<FiveHave, { ok: boolean; note: string }> }) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const score = selfCheckScore(selfCheck);
  return (
    <Card
      size="small"
      title={t('home.selfCheck.title')}
      extra={<Link to="/settings">{t('home.selfCheck.edit')}</Link>}
      style={{ height: '100%' }}
      data-testid="home-self-check"
    >
      <Typography.Paragraph>{t('home.selfCheck.score', { have: score.have, total: score.total })}</Typography.Paragraph>
      <Flex wrap gap={8}>
        {FIVE_HAVES.map((key) => (
          <Tag
            key={key}
            color={selfCheck[key].ok ? 'success' : 'default'}
            icon={selfCheck[key].ok ? <CheckCircleFilled /> : <ExclamationCircleOutlined />}
            title={selfCheck[key].note || undefined}
          >
            {catalog.fiveHaves.label(key)}
          </Tag>
        ))}
      </Flex>
      {score.missing.length > 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('home.selfCheck.missing')}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
