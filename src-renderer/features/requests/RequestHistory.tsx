import { Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { REQUEST_LOGGED, type RequestHistoryEntry } from '../../domain/requests/requestFlow';
import { CITY_PUBLISHER } from '../../domain/requests/requestSource';
import type { RequestDoc } from '../../records/request/shape';
import type { NameLookup } from './requestRows';

/** A step's time on this PC's clock, to the minute. */
function when(at: string): string {
  const d = dayjs(at);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : at;
}

/** 办理经过: every step the request took, oldest first, with what it recorded. */
export function RequestHistory({ request, names, activityTitle }: { request: RequestDoc; names: NameLookup; activityTitle: (id: string) => string }) {
  const { t } = useTranslation();
  const details = (entry: RequestHistoryEntry): string[] => {
    const lines: string[] = [];
    const assignees = [entry.teamId ? names.team(entry.teamId) : '', ...(entry.volunteerIds ?? []).map((id) => names.volunteer(id))].filter((s) => s !== '');
    if (assignees.length > 0) lines.push(t('requests.detail.stepAssignees', { names: assignees.join('、') }));
    if (entry.activityId) lines.push(t('requests.detail.stepActivity', { title: activityTitle(entry.activityId) }));
    if (entry.rating) lines.push(t('requests.detail.stepRating', { count: entry.rating }));
    if (entry.reason) lines.push(t('requests.detail.stepReason', { reason: entry.reason }));
    return lines;
  };
  return (
    <div data-testid="request-history">
    <Timeline
      items={request.history.map((entry, i) => ({
        key: `${i}`,
        content: (
          <div data-testid="request-history-entry">
            <Typography.Text type="secondary">{when(entry.at)}</Typography.Text>{' '}
            {entry.action === REQUEST_LOGGED
              ? t(entry.by === CITY_PUBLISHER ? 'requests.detail.loggedByCity' : 'requests.detail.logged')
              : t('requests.detail.stepTo', { action: t('requests.detail.step', { action: entry.action }), state: entry.to })}
            {details(entry).map((line) => (
              <div key={line}>
                <Typography.Text type="secondary">{line}</Typography.Text>
              </div>
            ))}
          </div>
        ),
      }))}
    />
    </div>
  );
}
