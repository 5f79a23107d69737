import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { UndoableDeleteButton } from '../../ui/UndoableDeleteButton';

/** Activities that name the project keep their records; undo brings the project back as it was. */
export function DeleteProjectButton(props: { id: string; name: string; onDeleted?: () => void; size?: 'small' }) {
  const { t } = useTranslation();
  return <UndoableDeleteButton repository={useLedger().projects} description={t('projects.delete.activitiesKept')} {...props} />;
}
