import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { StartupFailure } from './app/StartupFailure';
import { initI18n } from './i18n';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
const root = createRoot(container);

void initI18n().then(() =>
  bootstrap().then(
    (services) => root.render(<App services={services} />),
    (error: unknown) => root.render(<StartupFailure error={error} />),
  ),
);
