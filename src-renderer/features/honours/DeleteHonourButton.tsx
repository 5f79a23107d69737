import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { UndoableDeleteButton } from '../../ui/UndoableDeleteButton';

/** 删除 an honour, with 撤销 for a while after; what it honoured is left alone. */
export function DeleteHonourButton(props: { id: string; name: string; onDeleted?: () => void; size?: 'small' }) {
  const { t } = useTranslation();
  return <UndoableDeleteButton repository={useLedger().honours} description={t('honours.list.deleteNote')} {...props} />;
}
