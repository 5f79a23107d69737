import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { REQUEST_OVERDUE_KEY } from '../../domain/requests/requestFlow';
import { requestStateKey, type RequestState } from '../../domain/requests/requestStates';
import { requestSource } from '../../domain/requests/requestSource';
import type { RequestDoc, RequestUrgency } from '../../records/request/shape';

/** Open states in working colours, finished ones green, ended ones grey. */
const STATE_COLOURS: Readonly<Record<RequestState, string>> = {
  pending: 'gold',
  dispatched: 'blue',
  accepted: 'cyan',
  done: 'green',
  rated: 'green',
  refused: 'default',
  cancelled: 'default',
};

export function RequestStateTag({ state }: { state: RequestState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLOURS[state]} data-testid="request-state">
      {t(requestStateKey(state))}
    </Tag>
  );
}

/** 已逾期, in red: an open request past the day the resident wanted it by. */
export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <Tag color="red" data-testid="request-overdue">
      {t(REQUEST_OVERDUE_KEY)}
    </Tag>
  );
}

export function UrgencyTag({ urgency }: { urgency: RequestUrgency }) {
  const { t } = useTranslation();
  if (urgency !== 'urgent') return null;
  return (
    <Tag color="volcano" data-testid="request-urgent">
      {t('requests.urgency.urgent')}
    </Tag>
  );
}

/** 市级下派, on a request the city published down to the station; one the station logged shows nothing. */
export function SourceTag({ request }: { request: Pick<RequestDoc, 'history'> }) {
  const { t } = useTranslation();
  if (requestSource(request) !== 'city') return null;
  return (
    <Tag color="purple" data-testid="request-source">
      {t('requests.source.city')}
    </Tag>
  );
}
