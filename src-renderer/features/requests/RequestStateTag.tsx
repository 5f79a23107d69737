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

/**
 * The tags as drawn, their words given: the list draws one set per row and takes the words once for all
 * of them, where a translation hook in each tag of each row slowed every change of tab.
 */
export function StateTagOf({ state, label }: { state: RequestState; label: string }) {
  return (
    <Tag color={STATE_COLOURS[state]} data-testid="request-state">
      {label}
    </Tag>
  );
}

export function OverdueTagOf({ label }: { label: string }) {
  return (
    <Tag color="red" data-testid="request-overdue">
      {label}
    </Tag>
  );
}

export function UrgentTagOf({ label }: { label: string }) {
  return (
    <Tag color="volcano" data-testid="request-urgent">
      {label}
    </Tag>
  );
}

export function CitySourceTagOf({ label }: { label: string }) {
  return (
    <Tag color="purple" data-testid="request-source">
      {label}
    </Tag>
  );
}

export function RequestStateTag({ state }: { state: RequestState }) {
  const { t } = useTranslation();
  return <StateTagOf state={state} label={t(requestStateKey(state))} />;
}

/** 已逾期, in red: an open request past the day the resident wanted it by. */
export function OverdueTag() {
  const { t } = useTranslation();
  return <OverdueTagOf label={t(REQUEST_OVERDUE_KEY)} />;
}

export function UrgencyTag({ urgency }: { urgency: RequestUrgency }) {
  const { t } = useTranslation();
  if (urgency !== 'urgent') return null;
  return <UrgentTagOf label={t('requests.urgency.urgent')} />;
}

/** 市级下派, on a request the city published down to the station; one the station logged shows nothing. */
export function SourceTag({ request }: { request: Pick<RequestDoc, 'history'> }) {
  const { t } = useTranslation();
  if (requestSource(request) !== 'city') return null;
  return <CitySourceTagOf label={t('requests.source.city')} />;
}
