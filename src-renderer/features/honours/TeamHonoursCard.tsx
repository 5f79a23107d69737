import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import { useObservable } from '../../ui/useObservable';
import { LinkedHonoursTable } from './LinkedHonoursTable';
import { newHonourPath } from './paths';

/** 表彰荣誉 on a team's page: the honours given to the team (as an organisation), and a way to add one. */
export function TeamHonoursCard({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const honours = useObservable(useMemo(() => ledger.honours.of$(teamId), [ledger, teamId]));
  return (
    <Card
      title={t('honours.card.teamTitle')}
      size="small"
      style={{ marginTop: 16 }}
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => void navigate(newHonourPath({ linkKind: 'team', linkId: teamId }))} data-testid="add-honour">
          {t('honours.card.add')}
        </Button>
      }
    >
      <LinkedHonoursTable honours={honours} testId="team-honours" />
    </Card>
  );
}
