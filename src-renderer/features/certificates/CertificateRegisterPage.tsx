import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState, useSyncExternalStore, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { findSharedNumbers, unresolvedSharedNumbers } from '../../domain/certificates/duplicateNumbers';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useObservable } from '../../ui/useObservable';
import { formatHours } from '../reports/format';
import { certificateRows, matchesCertificateQuery, type CertificateRow } from './certificateSearch';
import { certificatePath, NEW_CERTIFICATE_PATH } from './paths';
import { RevokeCertificateDialog } from './RevokeCertificateDialog';
import { SharedNumberNote } from './SharedNumberNote';
import { SharedNumbersAlert } from './SharedNumbersAlert';
import { useCertificateRegister } from './useCertificateRegister';
import { VerifyCertificateCard } from './VerifyCertificateCard';

/** Room above and below the table: header bar, title, verify card, search box, padding. */
const CHROME_HEIGHT = 420;
const MIN_TABLE_HEIGHT = 200;
const ROW_TEST_ID: HTMLAttributes<HTMLElement> & { 'data-testid': string } = { 'data-testid': 'certificate-row' };

const subscribeResize = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const windowHeight = () => window.innerHeight;

/** /certificates: the register of issued certificates, with verification of a printed one. */
export function CertificateRegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const register = useCertificateRegister();
  const certificates = useObservable(useMemo(() => register.all$(), [register]));
  const rows = useMemo(() => (certificates ? certificateRows(certificates) : undefined), [certificates]);
  const [query, setQuery] = useState('');
  // Two PCs issuing offline can give out one number twice; sync brings both here.
  const sharedNumbers = useMemo(() => findSharedNumbers(certificates ?? []), [certificates]);
  const unresolved = useMemo(() => unresolvedSharedNumbers(sharedNumbers), [sharedNumbers]);
  const [onlyShared, setOnlyShared] = useState(false);
  const filterShared = onlyShared && unresolved.length > 0;
  const shown = useMemo(
    () => rows?.filter((r) => (!filterShared || sharedNumbers.has(r.id)) && matchesCertificateQuery(r, query)),
    [rows, query, filterShared, sharedNumbers],
  );
  const [revoking, setRevoking] = useState<CertificateRow | null>(null);
  const tableHeight = Math.max(MIN_TABLE_HEIGHT, useSyncExternalStore(subscribeResize, windowHeight, windowHeight) - CHROME_HEIGHT);

  const columns = useMemo(
    (): TableColumnsType<CertificateRow> => [
      {
        key: 'number',
        title: t('certificates.register.columns.number'),
        width: 240,
        render: (_, c) => {
          const shared = sharedNumbers.get(c.id);
          return (
            <>
              <Link to={certificatePath(c.id)}>{c.number}</Link>
              {shared ? <SharedNumberNote shared={shared} /> : null}
            </>
          );
        },
      },
      { key: 'name', title: t('certificates.register.columns.name'), width: 100, dataIndex: 'volunteerName' },
      { key: 'period', title: t('certificates.register.columns.period'), width: 200, render: (_, c) => `${c.periodFrom} ~ ${c.periodTo}` },
      { key: 'hours', title: t('certificates.register.columns.hours'), width: 120, align: 'right', render: (_, c) => formatHours(c.hours) },
      { key: 'sessions', title: t('certificates.register.columns.sessions'), width: 110, align: 'right', dataIndex: 'sessions' },
      { key: 'issuedDate', title: t('certificates.register.columns.issuedDate'), width: 110, dataIndex: 'issuedDate' },
      {
        key: 'status',
        title: t('certificates.register.columns.status'),
        width: 90,
        render: (_, c) =>
          c.revokedAt ? <Tag color="default">{t('certificates.register.status.revoked')}</Tag> : <Tag color="green">{t('certificates.register.status.valid')}</Tag>,
      },
      {
        key: 'actions',
        title: t('certificates.register.columns.actions'),
        width: 150,
        render: (_, c) => (
          <Space size={4}>
            <Button size="small" type="link" onClick={() => void navigate(certificatePath(c.id))}>
              {t('certificates.register.open')}
            </Button>
            {c.revokedAt ? null : (
              <Button size="small" type="link" danger onClick={() => setRevoking(c)}>
                {t('certificates.register.revoke')}
              </Button>
            )}
          </Space>
        ),
      },
    ],
    [t, navigate, sharedNumbers],
  );

  const empty = rows?.length === 0 ? (
    <EmptyState description={t('certificates.register.empty')} actionLabel={t('certificates.register.issue')} onAction={() => void navigate(NEW_CERTIFICATE_PATH)} />
  ) : (
    <EmptyState description={t('certificates.register.noMatch')} />
  );

  return (
    <>
      <PageHeader
        title={t('certificates.register.title')}
        testId="page-certificates"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(NEW_CERTIFICATE_PATH)} data-testid="new-certificate">
            {t('certificates.register.issue')}
          </Button>
        }
      />
      <VerifyCertificateCard />
      {unresolved.length > 0 ? <SharedNumbersAlert numbers={unresolved} onlyShared={onlyShared} onToggle={() => setOnlyShared((v) => !v)} /> : null}
      <Input.Search
        allowClear
        style={{ maxWidth: 360, marginBottom: 12 }}
        placeholder={t('certificates.register.searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        data-testid="search-input"
      />
      <Table<CertificateRow>
        data-testid="certificate-list"
        rowKey="id"
        size="middle"
        virtual
        columns={columns}
        dataSource={shown ?? []}
        loading={shown === undefined}
        pagination={false}
        scroll={{ x: 1120, y: tableHeight }}
        locale={{ emptyText: shown ? empty : ' ' }}
        onRow={() => ROW_TEST_ID}
      />
      {revoking ? <RevokeCertificateDialog certificate={revoking} onClose={() => setRevoking(null)} /> : null}
    </>
  );
}
