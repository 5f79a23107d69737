import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { volunteerPath } from './paths';

export interface DuplicateId {
  existingId: string;
  existingName: string;
}

/** Under the ID field: whose number this already is, with the way to that person's page. */
export function DuplicateIdNotice({ duplicate }: { duplicate: DuplicateId }) {
  const { t } = useTranslation();
  return (
    <span data-testid="duplicate-id">
      {t('volunteers.form.duplicateId', { name: duplicate.existingName })}{' '}
      <Link to={volunteerPath(duplicate.existingId)} data-testid="duplicate-link">
        {t('volunteers.form.openExisting')}
      </Link>
    </span>
  );
}
