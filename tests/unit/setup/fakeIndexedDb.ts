// Every Node test gets a fresh in-memory IndexedDB, the same API the renderer has in Chromium.
import 'fake-indexeddb/auto';
