import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import { todayIso, yearOf, yearRange } from '../../domain/dates';
import { isOverdue } from '../../domain/requests/requestFlow';
import { requestFigures, satisfactionPercent } from '../../domain/requests/requestFigures';
import { isOpenRequestState } from '../../domain/requests/requestStates';
import { useObservable } from '../../ui/useObservable';
import { REQUESTS_PATH } from './paths';

/** The home page's 群众点单 figures for this year (收到、办结、满意率) and what is still open or overdue. */
export function RequestsHomeCard() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const requests = useObservable(useMemo(() => ledger.requests.list$(), [ledger]));
  const today = useMemo(() => todayIso(), []);
  const year = yearOf(today);
  const figures = useMemo(() => (requests ? requestFigures(requests, yearRange(year)) : undefined), [requests, year]);
  const open = useMemo(() => (requests ?? []).filter((r) => isOpenRequestState(r.state)), [requests]);
  if (!figures) return null;
  const overdue = open.filter((r) => isOverdue(r, today)).length;
  const rate = figures.satisfactionRate === null ? t('requests.home.noRating') : `${satisfactionPercent(figures.satisfactionRate)}%`;
  return (
    <Card size="small" title={<Link to={REQUESTS_PATH}>{t('requests.home.title', { year })}</Link>} style={{ height: '100%' }} data-testid="home-requests">
      <Row gutter={[16, 8]}>
        <Col span={8}>
          <Statistic title={t('requests.home.received')} value={figures.received} suffix={t('requests.home.unit')} />
        </Col>
        <Col span={8}>
          <Statistic title={t('requests.home.done')} value={figures.done} suffix={t('requests.home.unit')} />
        </Col>
        <Col span={8}>
          <Statistic title={t('requests.home.rate')} value={rate} />
        </Col>
      </Row>
      {open.length > 0 ? (
        <Typography.Text type={overdue > 0 ? 'danger' : 'secondary'} data-testid="home-requests-open">
          {t('requests.home.open', { count: open.length, overdue })}
        </Typography.Text>
      ) : null}
    </Card>
  );
}
