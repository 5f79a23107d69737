import { Alert, App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { ValidationError } from '../../data/errors';
import type { ActivityDoc } from '../../domain/entities/activity';
import type { RequestDoc } from '../../records/request/shape';
import { describeSaveError } from '../../ui/errorMessage';
import { requestPath } from './paths';

/**
 * For the activity form opened from a request (办结 → 新建活动): once the activity is saved, the request is
 * closed with it, and the keeper returns to the request. A request the activity cannot close (its date is
 * before the request was received, or the request moved on meanwhile) is said so; the activity stays saved.
 */
export function useCloseRequestOnSave(request: RequestDoc | undefined): ((saved: ActivityDoc) => Promise<string>) | undefined {
  const { t } = useTranslation();
  const ledger = useLedger();
  const { message } = App.useApp();
  if (!request) return undefined;
  return async (saved) => {
    try {
      await ledger.requests.close(request.id, saved.id);
      void message.success(t('requests.fromRequest.linked', { name: request.residentName, title: saved.title }));
    } catch (error) {
      const reason = error instanceof ValidationError ? error.issues.map((i) => t(i.key, i.params ?? {})).join(' ') : describeSaveError(error, t);
      void message.warning(t('requests.fromRequest.notLinked', { reason }));
    }
    return requestPath(request.id);
  };
}

/** Above the activity form: which request it is for, and that saving closes it. */
export function FromRequestNotice({ request }: { request: RequestDoc }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="from-request-notice"
      title={t('requests.fromRequest.notice', { name: request.residentName, need: request.need })}
    />
  );
}
