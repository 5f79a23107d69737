import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { DuplicateIdNumberError, ValidationError } from '../../data/errors';
import type { VolunteerDoc } from '../../domain/entities/volunteer';
import { describeSaveError } from '../../ui/errorMessage';
import { showIssuesOnForm } from '../../ui/formIssues';
import type { DuplicateId } from './DuplicateIdNotice';
import { volunteerInputFromForm, type VolunteerFormValues } from './formValues';

/**
 * Saves the form with one repository call (nothing is ever half-saved) and turns a refusal into what the
 * keeper sees: issues on their fields, the person a duplicate ID number belongs to, or one plain sentence.
 */
export function useVolunteerSave(form: FormInstance<VolunteerFormValues>, volunteerId: string | undefined) {
  const ledger = useLedger();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [duplicate, setDuplicate] = useState<DuplicateId | null>(null);

  async function save(values: VolunteerFormValues): Promise<VolunteerDoc | null> {
    setSaving(true);
    setDuplicate(null);
    try {
      const input = volunteerInputFromForm(values);
      const saved = volunteerId ? await ledger.volunteers.update(volunteerId, input) : await ledger.volunteers.create(input);
      void message.success(t(volunteerId ? 'volunteers.form.updated' : 'volunteers.form.created', { name: saved.name }));
      return saved;
    } catch (error) {
      if (error instanceof DuplicateIdNumberError) {
        setDuplicate({ existingId: error.existingId, existingName: error.existingName });
      } else if (error instanceof ValidationError) {
        const unplaced = showIssuesOnForm(form, error.issues, t);
        const details = unplaced.map((issue) => t(issue.key, issue.params ?? {}));
        void message.error([t('common.formHasErrors'), ...details].join(' '));
      } else {
        void message.error(describeSaveError(error, t));
      }
      return null;
    } finally {
      setSaving(false);
    }
  }

  return { save, saving, duplicate, clearDuplicate: () => setDuplicate(null) };
}
