import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/LedgerContext';
import { createBackup } from '../../data/backup/createBackup';
import { BACKUP_EXTENSION } from '../../data/backup/format';
import { lockBackup } from '../../data/backup/passwordLock';
import { BackupPasswordFields, NO_PASSWORD, passwordProblem, type PasswordChoice } from './BackupPasswordFields';
import { describeBackupError, totalRecords } from './backupText';

type Outcome = { type: 'success' | 'info' | 'error'; text: string };

/** 立即备份: the whole station into one file, downloaded in web mode, saved where the keeper picks on the desktop. */
export function CreateBackupCard() {
  const { t } = useTranslation();
  const { ledger, platform } = useServices();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [choice, setChoice] = useState<PasswordChoice>(NO_PASSWORD);
  const [tried, setTried] = useState(false);

  async function backUp() {
    setTried(true);
    if (passwordProblem(choice) !== null) return;
    setBusy(true);
    setOutcome(null);
    try {
      const { version } = await platform.getAppInfo();
      const file = await createBackup(ledger, version);
      const count = totalRecords(file.header.counts);
      const photos = file.header.photos?.count ?? 0;
      const data = choice.lock ? await lockBackup(file.data, choice.password, { stationCode: file.header.stationCode, createdAt: file.header.createdAt }) : file.data;
      const saved = await platform.saveFile({
        suggestedName: file.fileName,
        filters: [{ name: t('backup.restore.fileFilter'), extensions: [BACKUP_EXTENSION] }],
        data,
      });
      // The password is not left on screen for whoever uses the PC next; the next locked backup asks for it again.
      if (saved.saved && choice.lock) {
        setChoice(NO_PASSWORD);
        setTried(false);
      }
      if (!saved.saved) setOutcome({ type: 'info', text: t('backup.create.cancelled') });
      else if (saved.path) setOutcome({ type: 'success', text: t('backup.create.donePath', { path: saved.path, count, photos }) });
      else setOutcome({ type: 'success', text: t('backup.create.done', { name: file.fileName, count, photos }) });
    } catch (error) {
      setOutcome({ type: 'error', text: t('backup.create.failed', { detail: describeBackupError(error, t) }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card size="small" title={t('backup.create.title')} data-testid="backup-create">
      <Typography.Paragraph>{t('backup.intro')}</Typography.Paragraph>
      <BackupPasswordFields value={choice} onChange={setChoice} showProblem={tried} />
      <Button type="primary" icon={<DownloadOutlined />} loading={busy} onClick={() => void backUp()} data-testid="backup-now">
        {busy ? t('backup.create.busy') : t('backup.create.button')}
      </Button>
      {outcome ? <Alert style={{ marginTop: 12 }} type={outcome.type} showIcon title={outcome.text} data-testid="backup-create-outcome" /> : null}
    </Card>
  );
}
