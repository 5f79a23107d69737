import { App as AntdApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import type { StationDoc } from '../domain/entities/station';
import { SetupPage } from '../features/setup/SetupPage';
import { useObservable } from '../ui/useObservable';
import { AppLayout } from './AppLayout';
import { LedgerContext, useLedger, type AppServices } from './LedgerContext';

/**
 * Red of the practice-station signage; the rest is antd's default theme. Zero-runtime: the component styles
 * come from antd's prebuilt stylesheet (imported in main.tsx) instead of being generated in the page, which
 * cost most of the first render and part of every later one; our tokens still apply as CSS variables.
 */
const THEME = { zeroRuntime: true, token: { colorPrimary: '#c8161d', borderRadius: 4 } };

/**
 * Until the station profile exists, the only screen is the first-run set-up. The profile read at start-up
 * stands in until the live query answers, so the first screen is drawn at once, not after a loading frame.
 */
function StationGate({ initialProfile }: { initialProfile: StationDoc | null | undefined }) {
  const ledger = useLedger();
  const live = useObservable(useMemo(() => ledger.station.profile$(), [ledger]));
  const profile = live === undefined ? initialProfile : live;
  if (profile === undefined) return <Spin fullscreen />;
  if (profile === null) return <SetupPage />;
  return <AppLayout profile={profile} />;
}

interface AppProps {
  services: AppServices;
  /** The station profile as read at start-up (null: none yet); left out, the screen waits for the query. */
  initialProfile?: StationDoc | null;
}

export function App({ services, initialProfile }: AppProps) {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  dayjs.locale(english ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntdApp>
        <LedgerContext.Provider value={services}>
          <HashRouter>
            <StationGate initialProfile={initialProfile} />
          </HashRouter>
        </LedgerContext.Provider>
      </AntdApp>
    </ConfigProvider>
  );
}
