import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useServices } from '../../app/LedgerContext';
import { useSyncStatus } from '../sync/useSync';
import { BACKUP_EXTENSION } from '../../data/backup/format';
import { BackupFileError, checkStation, previewOf, readBackup, type ReadBackup } from '../../data/backup/readBackup';
import { restoreBackup, type RestoreResult } from '../../data/backup/restoreBackup';
import { BackupPreview } from './BackupPreview';
import { describeBackupError, totalRecords } from './backupText';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'password'; data: Uint8Array; problem: string }
  | { kind: 'preview'; backup: ReadBackup }
  | { kind: 'restoring'; backup: ReadBackup }
  | { kind: 'done'; result: RestoreResult }
  | { kind: 'refused'; text: string };

/** Bytes to restore from elsewhere on the page (an automatic snapshot); a new object each time it is asked. */
export interface RestoreRequest {
  data: Uint8Array;
}

/** 从备份恢复: pick a file (or take a snapshot's bytes), see what it holds, confirm, and read what the restore did. */
export function RestoreCard({ incoming }: { incoming?: RestoreRequest | null }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { ledger, platform } = useServices();
  const { pending } = useSyncStatus();
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const open = useCallback(
    async (data: Uint8Array, password?: string) => {
      setStep({ kind: 'reading' });
      try {
        const backup = await readBackup(data, password);
        // Refused here already, before the preview: the keeper should not be asked about a file that cannot go in.
        checkStation(backup.header, ledger.ctx.stationId);
        setStep({ kind: 'preview', backup });
      } catch (error) {
        // A locked file asks for its password, and again after a wrong one; any other refusal ends here.
        const asks = error instanceof BackupFileError && (error.reason === 'needsPassword' || error.reason === 'wrongPassword');
        setStep(asks ? { kind: 'password', data, problem: describeBackupError(error, t) } : { kind: 'refused', text: describeBackupError(error, t) });
      }
    },
    [ledger, t],
  );

  async function pick() {
    const picked = await platform.openFile({ filters: [{ name: t('backup.restore.fileFilter'), extensions: [BACKUP_EXTENSION] }] });
    if (picked) await open(picked.data);
  }

  // Each request is opened once, however often the card redraws.
  const opened = useRef<RestoreRequest | null>(null);
  useEffect(() => {
    if (!incoming || opened.current === incoming) return;
    opened.current = incoming;
    void open(incoming.data);
  }, [incoming, open]);

  async function restore(backup: ReadBackup) {
    const confirmed = await modal.confirm({
      title: t('backup.restore.askTitle'),
      // A keeper may read "restore" as "replace": changes the server lacks are counted, and said to stay.
      content: (
        <>
          <Typography.Paragraph>{t('backup.restore.askBody', { count: totalRecords(backup.header.counts), photos: backup.header.photos?.count ?? 0 })}</Typography.Paragraph>
          {pending > 0 ? (
            <Typography.Paragraph type="warning" data-testid="restore-unsent">
              {t('backup.restore.askUnsent', { count: pending })}
            </Typography.Paragraph>
          ) : null}
        </>
      ),
      okText: t('backup.restore.confirm'),
      cancelText: t('backup.restore.cancel'),
    });
    if (!confirmed) return;
    setStep({ kind: 'restoring', backup });
    try {
      setStep({ kind: 'done', result: await restoreBackup(ledger, backup) });
    } catch (error) {
      setStep({ kind: 'refused', text: t('backup.restore.failed', { detail: describeBackupError(error, t) }) });
    }
  }

  const working = step.kind === 'reading' || step.kind === 'restoring';
  return (
    <Card size="small" title={t('backup.restore.title')} data-testid="backup-restore">
      <Typography.Paragraph>{t('backup.restore.help')}</Typography.Paragraph>
      <Button icon={<UploadOutlined />} disabled={working} onClick={() => void pick()} data-testid="restore-pick">
        {t('backup.restore.button')}
      </Button>
      {step.kind === 'reading' ? <Typography.Paragraph style={{ marginTop: 12 }}>{t('backup.restore.reading')}</Typography.Paragraph> : null}
      {step.kind === 'password' ? <PasswordStep problem={step.problem} onOpen={(password) => void open(step.data, password)} onCancel={() => setStep({ kind: 'idle' })} /> : null}
      {step.kind === 'preview' || step.kind === 'restoring' ? (
        <div style={{ marginTop: 12 }}>
          <BackupPreview preview={previewOf(step.backup.header)} />
          <Flex gap={8} style={{ marginTop: 12 }}>
            <Button type="primary" loading={step.kind === 'restoring'} onClick={() => void restore(step.backup)} data-testid="restore-confirm">
              {step.kind === 'restoring' ? t('backup.restore.busy') : t('backup.restore.confirm')}
            </Button>
            <Button disabled={step.kind === 'restoring'} onClick={() => setStep({ kind: 'idle' })}>
              {t('backup.restore.cancel')}
            </Button>
          </Flex>
        </div>
      ) : null}
      {step.kind === 'refused' ? <Alert style={{ marginTop: 12 }} type="error" showIcon title={step.text} data-testid="restore-outcome" /> : null}
      {step.kind === 'done' ? <RestoreOutcome result={step.result} /> : null}
    </Card>
  );
}

/** The password of a locked file; the problem says why it is asked (first time, or after a wrong one). */
function PasswordStep({ problem, onOpen, onCancel }: { problem: string; onOpen: (password: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  return (
    <Flex vertical gap={8} style={{ marginTop: 12 }}>
      <Alert type="warning" showIcon title={problem} data-testid="restore-password-problem" />
      <Input.Password
        autoFocus
        aria-label={t('backup.restore.passwordLabel')}
        placeholder={t('backup.restore.passwordLabel')}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        onPressEnter={() => onOpen(password)}
        data-testid="restore-password"
      />
      <Flex gap={8}>
        <Button type="primary" onClick={() => onOpen(password)} data-testid="restore-unlock">
          {t('backup.restore.unlock')}
        </Button>
        <Button onClick={onCancel}>{t('backup.restore.cancel')}</Button>
      </Flex>
    </Flex>
  );
}

function RestoreOutcome({ result }: { result: RestoreResult }) {
  const { t } = useTranslation();
  const notes: string[] = [];
  const photos = result.photos;
  if (photos.added + photos.filled + photos.same > 0) notes.push(t('backup.restore.photosDone', { added: photos.added, filled: photos.filled, same: photos.same }));
  if (result.total.conflict > 0) notes.push(t('backup.restore.conflictsHint', { count: result.total.conflict }));
  if (result.keptUnreadable > 0) notes.push(t('backup.restore.keptUnreadable', { count: result.keptUnreadable }));
  if (result.skipped > 0) notes.push(t('backup.restore.skipped', { count: result.skipped }));
  if (result.failed > 0) notes.push(t('backup.restore.failedWrites', { count: result.failed }));
  return (
    <Alert
      style={{ marginTop: 12 }}
      type={result.failed > 0 ? 'warning' : 'success'}
      showIcon
      data-testid="restore-outcome"
      title={t('backup.restore.done', result.total)}
      description={
        notes.length > 0 ? (
          <Flex vertical gap={4}>
            {notes.map((note) => (
              <span key={note}>{note}</span>
            ))}
            {result.total.conflict > 0 ? <Link to="/sync/conflicts">{t('backup.restore.openConflicts')}</Link> : null}
          </Flex>
        ) : undefined
      }
    />
  );
}
