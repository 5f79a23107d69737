import { App as AntdApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useMemo } from 'react';
import { HashRouter } from 'react-router';
import { SetupPage } from '../features/setup/SetupPage';
import { useObservable } from '../ui/useObservable';
import { AppLayout } from './AppLayout';
import { LedgerContext, useLedger, type AppServices } from './LedgerContext';

dayjs.locale('zh-cn');

/** Red of the practice-station signage; the rest is antd's default theme. */
const THEME = { token: { colorPrimary: '#c8161d', borderRadius: 4 } };

/** Until the station profile exists, the only screen is the first-run set-up. */
function StationGate() {
  const ledger = useLedger();
  const profile = useObservable(useMemo(() => ledger.station.profile$(), [ledger]));
  if (profile === undefined) return <Spin fullscreen />;
  if (profile === null) return <SetupPage />;
  return <AppLayout profile={profile} />;
}

export function App({ services }: { services: AppServices }) {
  return (
    <ConfigProvider locale={zhCN} theme={THEME}>
      <AntdApp>
        <LedgerContext.Provider value={services}>
          <HashRouter>
            <StationGate />
          </HashRouter>
        </LedgerContext.Provider>
      </AntdApp>
    </ConfigProvider>
  );
}
