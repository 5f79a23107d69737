import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** How long the keeper has to undo a delete from the same screen. */
export const UNDO_WINDOW_MS = 10_000;

export interface Deletable<Doc> {
  remove(id: string): Promise<Doc>;
  restore(snapshot: Doc): Promise<Doc>;
}

/**
 * Deletes softly and offers 撤销 (undo) in a notice that stays for UNDO_WINDOW_MS. The removed record
 * is held in memory until then, and restore writes it back as it was.
 */
export function useUndoableDelete<Doc>(repository: Deletable<Doc>) {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return async (id: string, label: string): Promise<void> => {
    const snapshot = await repository.remove(id);
    const key = `undo-${id}`;
    void message.open({
      key,
      type: 'success',
      duration: UNDO_WINDOW_MS / 1000,
      content: (
        <span>
          {t('common.deleted', { name: label })}{' '}
          <Button
            size="small"
            type="link"
            data-testid="undo-delete"
            onClick={() => {
              message.destroy(key);
              repository
                .restore(snapshot)
                .then(() => message.success(t('common.restored', { name: label })))
                .catch(() => message.error(t('common.restoreFailed')));
            }}
          >
            {t('common.undo')}
          </Button>
        </span>
      ),
    });
  };
}
