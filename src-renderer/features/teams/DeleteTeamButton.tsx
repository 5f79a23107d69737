import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { UndoableDeleteButton } from '../../ui/UndoableDeleteButton';

/**
 * Deleting a team leaves its volunteers alone: their records and hours stay, and undo brings the team
 * back with the same members because their team ids were never touched.
 */
export function DeleteTeamButton(props: { id: string; name: string; onDeleted?: () => void; size?: 'small' }) {
  const { t } = useTranslation();
  return <UndoableDeleteButton repository={useLedger().teams} description={t('teams.delete.membersKept')} {...props} />;
}
