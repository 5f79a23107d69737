import { App, Card, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import type { Language } from '../../i18n';
import { isLanguage, LANGUAGES, saveLanguage } from './language';

/** Switches at once and remembers the choice on this PC only (other PCs of the station keep theirs). */
export function LanguageCard() {
  const { t, i18n } = useTranslation();
  const ledger = useLedger();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const current = isLanguage(i18n.language) ? i18n.language : 'zh-CN';

  async function choose(language: Language) {
    setBusy(true);
    try {
      await i18n.changeLanguage(language);
      document.documentElement.lang = language;
      await saveLanguage(ledger.local, language);
    } catch {
      void message.error(t('settings.language.saveFailed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card size="small" title={t('settings.language.title')} style={{ height: '100%' }}>
      <Radio.Group
        optionType="button"
        buttonStyle="solid"
        disabled={busy}
        value={current}
        onChange={(e) => {
          const value: unknown = e.target.value;
          if (isLanguage(value)) void choose(value);
        }}
        options={LANGUAGES.map((language) => ({ value: language, label: t(`settings.language.names.${language}`) }))}
        data-testid="language-switch"
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('settings.language.help')}
      </Typography.Paragraph>
    </Card>
  );
}
