import { App as AntdApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, RouterProvider } from 'react-router';
import type { StationDoc } from '../domain/entities/station';
import { SetupPage } from '../features/setup/SetupPage';
import { useObservable } from '../ui/useObservable';
import { AppLayout } from './AppLayout';
import { LedgerContext, useLedger, type AppServices } from './LedgerContext';

/**
 * A focused box is outlined in blue, not in the signage red: with red, the first field of every form
 * (focused as the form opens, nothing typed yet) looked like a field in error. Red stays for buttons,
 * links and the errors themselves.
 */
function fieldFocusTokens() {
  const border = { activeBorderColor: '#1677ff', hoverBorderColor: '#4096ff' };
  const shadow = { activeShadow: '0 0 0 2px rgba(5, 145, 255, 0.1)' };
  return {
    Input: { ...border, ...shadow },
    InputNumber: { ...border, ...shadow },
    DatePicker: { ...border, ...shadow },
    Select: { ...border, activeOutlineColor: 'rgba(5, 145, 255, 0.1)' },
  };
}

/**
 * Red of the practice-station signage; the rest is antd's default theme. Zero-runtime: the component styles
 * come from antd's prebuilt stylesheet (imported in main.tsx) instead of being generated in the page, which
 * cost most of the first render and part of every later one; our tokens still apply as CSS variables.
 */
const THEME = {
  zeroRuntime: true,
  token: { colorPrimary: '#c8161d', borderRadius: 4 },
  components: fieldFocusTokens(),
};

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

/**
 * A data router over the same hash addresses: only a data router lets a screen hold the keeper back
 * (useBlocker) when a sidebar click, 取消 or the browser's back button would drop unsaved work. Each
 * feature still declares its own routes below the one catch-all route (see AppRoutes).
 */
function createAppRouter(initialProfile: StationDoc | null | undefined) {
  return createHashRouter([{ path: '*', element: <StationGate initialProfile={initialProfile} /> }]);
}

export function App({ services, initialProfile }: AppProps) {
  const { i18n } = useTranslation();
  // Made once: a new router would start over at the address and forget the history of this window.
  const [router] = useState(() => createAppRouter(initialProfile));
  const english = i18n.language === 'en';
  dayjs.locale(english ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntdApp>
        <LedgerContext.Provider value={services}>
          <RouterProvider router={router} />
        </LedgerContext.Provider>
      </AntdApp>
    </ConfigProvider>
  );
}
