import type { BenchWindow, RenderTiming, ShownCheck, StationBenchProbes } from './api';

/**
 * Loaded into app pages as an init script (a classic script: no imports at run time). It only observes:
 * when rows first appear, and how long the page takes to show the result of an input.
 */

/** Runs `done` once the next frame has been rendered: after its rAF callbacks, style, layout and paint. */
function afterNextFrame(done: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(null);
  });
}

const firstAppearance = new Map<string, number>();
let pendingTiming: Promise<RenderTiming> | null = null;

function selectorOf(testId: string): string {
  return `[data-testid="${CSS.escape(testId)}"]`;
}

function watchFirstAppearance(testId: string): void {
  const selector = selectorOf(testId);
  let seen = false;
  const check = (): void => {
    if (seen || document.querySelector(selector) === null) return;
    seen = true;
    observer.disconnect();
    afterNextFrame(() => firstAppearance.set(testId, performance.now()));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  check();
}

function armRenderTiming(containerTestId: string, timeoutMs: number): void {
  pendingTiming = new Promise<RenderTiming>((resolve) => {
    const container = document.querySelector(selectorOf(containerTestId)) ?? document.body;
    let inputAt: number | null = null;
    let finished = false;
    const finish = (ms: number | null): void => {
      if (finished) return;
      finished = true;
      observer.disconnect();
      document.removeEventListener('input', onInput, true);
      clearTimeout(timer);
      resolve({ ms });
    };
    // Capture phase on the document: before React's own listener sees the event.
    const onInput = (event: Event): void => {
      inputAt ??= event.timeStamp;
    };
    const observer = new MutationObserver(() => {
      if (inputAt === null) return;
      const start = inputAt;
      observer.disconnect();
      afterNextFrame(() => finish(performance.now() - start));
    });
    document.addEventListener('input', onInput, true);
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => finish(null), timeoutMs);
  });
}

let fileChosen: number | null = null;
// Capture phase: the keeper's pick is seen before the app's own handler starts working on the file.
document.addEventListener(
  'change',
  (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') fileChosen = event.timeStamp;
  },
  true,
);

const clicked = new Map<string, number>();
document.addEventListener(
  'click',
  (event) => {
    const testId = event.target instanceof Element ? event.target.closest('[data-testid]')?.getAttribute('data-testid') : null;
    if (testId) clicked.set(testId, event.timeStamp);
  },
  true,
);

const keyDowns = new Map<string, number>();
// Capture phase: the key is seen before the app's own handlers start on it.
document.addEventListener('keydown', (event) => keyDowns.set(event.key, event.timeStamp), true);

function holds(check: ShownCheck): boolean {
  const within = check.row === undefined ? '' : `[data-row-key="${CSS.escape(check.row)}"] `;
  const text = document.querySelector(within + selectorOf(check.testId))?.textContent ?? null;
  if (text === null) return false;
  return check.digits === true ? text.replace(/\D/g, '') === check.text : text.trim() === check.text;
}

function whenShown(checks: readonly ShownCheck[], timeoutMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    let finished = false;
    const finish = (at: number | null): void => {
      if (finished) return;
      finished = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve(at);
    };
    const check = (): void => {
      if (!checks.every(holds)) return;
      observer.disconnect();
      afterNextFrame(() => finish(performance.now()));
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => finish(null), timeoutMs);
    check();
  });
}

let pendingShown: Promise<number | null> | null = null;

const probes: StationBenchProbes = {
  watchFirstAppearance,
  firstAppearanceAt: (testId) => firstAppearance.get(testId) ?? null,
  domContentLoadedAt() {
    const [entry] = performance.getEntriesByType('navigation');
    return entry instanceof PerformanceNavigationTiming && entry.domContentLoadedEventStart > 0 ? entry.domContentLoadedEventStart : null;
  },
  armRenderTiming,
  renderTiming: () => pendingTiming ?? Promise.reject(new Error('armRenderTiming() was not called')),
  fileChosenAt: () => fileChosen,
  clickedAt: (testId) => clicked.get(testId) ?? null,
  whenShown,
  armShown(checks, timeoutMs) {
    pendingShown = whenShown(checks, timeoutMs);
  },
  shown: () => pendingShown ?? Promise.reject(new Error('armShown() was not called')),
  keyDownAt: (key) => keyDowns.get(key) ?? null,
};

Object.assign(window, { stationBenchProbes: probes } satisfies Pick<BenchWindow, 'stationBenchProbes'>);
