import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The raw text for support (e.g. "GET …/_session: Failed to fetch"); never personal data. */
  text: string;
  'data-testid'?: string;
}

/**
 * The technical text behind an error, folded away under one line: the keeper reads the Chinese message
 * above it, and opens this only to copy it for the city's administrator. Shown open, "Failed to fetch"
 * read as if it were the message.
 */
export function TechnicalDetail({ text, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  return (
    <details data-testid={testId} style={{ marginTop: 4 }}>
      <summary style={{ cursor: 'pointer', fontSize: 12, color: 'rgba(0, 0, 0, 0.45)' }}>{t('common.technicalDetail')}</summary>
      <Typography.Text type="secondary" copyable style={{ fontSize: 12 }}>
        {text}
      </Typography.Text>
    </details>
  );
}
