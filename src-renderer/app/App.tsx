import { Spin } from 'antd';
import { useMemo, useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import type { StationDoc } from '../domain/entities/station';
import { SetupPage } from '../features/setup/SetupPage';
import { useObservable } from '../ui/useObservable';
import { AppFrame } from './AppFrame';
import { AppLayout } from './AppLayout';
import { LedgerContext, useLedger, type AppServices } from './LedgerContext';

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
  // Made once: a new router would start over at the address and forget the history of this window.
  const [router] = useState(() => createAppRouter(initialProfile));
  return (
    <AppFrame>
      <LedgerContext.Provider value={services}>
        <RouterProvider router={router} />
      </LedgerContext.Provider>
    </AppFrame>
  );
}
