import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { StartupFailure } from './app/StartupFailure';
import { openLocalDb } from './data/local/localDb';
import { loadSavedLanguage } from './features/settings/language';
import { initI18n } from './i18n';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
const root = createRoot(container);

async function start(): Promise<void> {
  // The language is needed before anything is shown, even the start-up failure screen.
  const local = openLocalDb();
  await initI18n(await loadSavedLanguage(local).catch(() => undefined));
  try {
    root.render(<App services={await bootstrap(local)} />);
  } catch (error) {
    root.render(<StartupFailure error={error} />);
  }
}

void start();
