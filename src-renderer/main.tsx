import 'antd/dist/antd.css';
import { createRoot } from 'react-dom/client';
import { preloadRoutesFor } from './app/AppRoutes';
import { bootstrap } from './app/bootstrap';
import { openLocalDb, type LocalDb } from './data/local/localDb';
import { type CityDashboard, readCityDashboard } from './features/city/cityMode';
import { loadSavedLanguage } from './features/settings/language';
import { initI18n } from './i18n';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
const root = createRoot(container);

/** The path of the hash route the window opens on ("#/volunteers?q=…" → "/volunteers"). */
function startPath(): string {
  return window.location.hash.replace(/^#/, '').split(/[?#]/)[0] || '/';
}

/**
 * Everything at once: the database opens (mostly waiting on IndexedDB) while the screens' code and the
 * first screen's feature load and the language is read. This file keeps to the data layer and i18n, so the
 * browser starts on the database before it has compiled the user interface.
 */
async function start(): Promise<void> {
  const local = openLocalDb();
  // A city or county administrator's PC opens the dashboard: no ledger database, no sync.
  const dashboard = await readCityDashboard(local).catch(() => null);
  if (dashboard !== null) {
    await startCityDashboard(local, dashboard);
    return;
  }
  const services = bootstrap(local);
  // The volunteer and team lists are what most first screens show (home, volunteers, activities, teams):
  // read them as soon as the database is open instead of after the first screen has been drawn. A failure
  // here is left to the screens' own queries (and the failure screen) to show.
  services.then(({ ledger }) => Promise.all([ledger.volunteers.prefetch(), ledger.teams.prefetch()])).catch(() => undefined);
  const ui = import('./app/App');
  preloadRoutesFor(startPath()).catch(() => undefined);
  // The language is needed before anything is shown, even the start-up failure screen.
  await initI18n(await loadSavedLanguage(local).catch(() => undefined));
  try {
    const [{ App }, ready] = await Promise.all([ui, services]);
    // Already read while the database opened (RxDB answers it from its query cache): no loading frame.
    // Unreadable here, it is left to the screen's own query.
    const profile = await ready.ledger.station.get().catch(() => undefined);
    root.render(<App services={ready} initialProfile={profile} />);
  } catch (error) {
    const [{ StartupFailure }, { getPlatform }] = await Promise.all([import('./app/StartupFailure'), import('./platform')]);
    root.render(<StartupFailure error={error} platform={getPlatform(local)} />);
  }
}

async function startCityDashboard(local: LocalDb, dashboard: CityDashboard): Promise<void> {
  const [{ CityApp }, { getPlatform }] = await Promise.all([import('./features/city/CityApp'), import('./platform'), initI18n(await loadSavedLanguage(local).catch(() => undefined))]);
  root.render(<CityApp platform={getPlatform(local)} local={local} dashboard={dashboard} />);
}

void start();
