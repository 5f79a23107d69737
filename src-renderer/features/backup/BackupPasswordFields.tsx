import { Checkbox, Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH, normalisedPassword } from '../../data/backup/passwordLock';

export interface PasswordChoice {
  lock: boolean;
  password: string;
  again: string;
}

export const NO_PASSWORD: PasswordChoice = { lock: false, password: '', again: '' };

/** Null when the choice can be used; otherwise the i18n key of what is wrong with it. */
export function passwordProblem(choice: PasswordChoice): string | null {
  if (!choice.lock) return null;
  // Counted as the key will see it (NFKC), so a full-width password is measured like its half-width twin.
  if ([...normalisedPassword(choice.password)].length < MIN_PASSWORD_LENGTH) return 'backup.create.passwordTooShort';
  if (normalisedPassword(choice.password) !== normalisedPassword(choice.again)) return 'backup.create.passwordMismatch';
  return null;
}

/** 设置密码 for a backup that leaves the PC: a box to tick, the password twice, what is wrong with it. */
export function BackupPasswordFields({ value, onChange, showProblem }: { value: PasswordChoice; onChange: (next: PasswordChoice) => void; showProblem: boolean }) {
  const { t } = useTranslation();
  const problem = showProblem ? passwordProblem(value) : null;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      <Checkbox checked={value.lock} onChange={(e) => onChange({ ...value, lock: e.target.checked })} data-testid="backup-lock">
        {t('backup.create.lock')}
      </Checkbox>
      {value.lock ? (
        <>
          <Input.Password
            aria-label={t('backup.create.password')}
            placeholder={t('backup.create.password')}
            value={value.password}
            onChange={(e) => onChange({ ...value, password: e.target.value })}
            data-testid="backup-password"
            autoComplete="new-password"
          />
          <Input.Password
            aria-label={t('backup.create.passwordAgain')}
            placeholder={t('backup.create.passwordAgain')}
            value={value.again}
            onChange={(e) => onChange({ ...value, again: e.target.value })}
            data-testid="backup-password-again"
            autoComplete="new-password"
          />
          <Typography.Text type="secondary">{t('backup.create.passwordHint', { min: MIN_PASSWORD_LENGTH })}</Typography.Text>
          {problem ? (
            <Typography.Text type="danger" data-testid="backup-password-problem">
              {t(problem, { min: MIN_PASSWORD_LENGTH })}
            </Typography.Text>
          ) : null}
        </>
      ) : null}
    </Flex>
  );
}
