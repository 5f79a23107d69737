import type { MessageBoxOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MAX_RELOADS, pickRecoveryLabels, recoverWhenRendererGone, RELOAD_WINDOW_MS } from '../../../src-main/rendererRecovery';

function windowWithDyingPage() {
  let clock = 0;
  const told: MessageBoxOptions[] = [];
  let reloads = 0;
  const handler = recoverWhenRendererGone({ reload: () => (reloads += 1), tell: (o) => told.push(o), now: () => clock }, pickRecoveryLabels('zh-CN'));
  return {
    die: (reason: 'crashed' | 'oom' | 'killed' | 'clean-exit' = 'oom') => handler({}, { reason }),
    wait: (ms: number) => (clock += ms),
    reloads: () => reloads,
    told,
  };
}

describe('the desktop window when its page dies', () => {
  it('reloads the page instead of leaving a blank window, whatever killed it', () => {
    const w = windowWithDyingPage();
    w.die('oom');
    w.wait(RELOAD_WINDOW_MS + 1);
    w.die('crashed');
    w.wait(RELOAD_WINDOW_MS + 1);
    w.die('killed');
    expect(w.reloads()).toBe(3);
    expect(w.told).toEqual([]);
  });

  it('leaves a page closed on purpose alone', () => {
    const w = windowWithDyingPage();
    w.die('clean-exit');
    expect(w.reloads()).toBe(0);
  });

  it('stops reloading a page that dies again and again, and says to restart in Chinese', () => {
    const w = windowWithDyingPage();
    for (let i = 0; i < MAX_RELOADS + 2; i += 1) w.die();
    expect(w.reloads()).toBe(MAX_RELOADS);
    expect(w.told.map((o) => o.message)).toEqual(['程序的页面多次意外退出', '程序的页面多次意外退出']);
    expect(w.told[0]?.detail).toContain('分成几个较小的文件');
    // A minute later it is given another chance.
    w.wait(RELOAD_WINDOW_MS + 1);
    w.die();
    expect(w.reloads()).toBe(MAX_RELOADS + 1);
  });
});
