import { BehaviorSubject, firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSharedList, PREFETCH_HOLD_MS } from '../../../src-renderer/data/sharedList';

interface Stored {
  id: string;
}

function setUp(initial: readonly Stored[] = [{ id: 'a' }, { id: 'b' }]) {
  const results = new BehaviorSubject<readonly Stored[]>(initial);
  const toPlain = vi.fn((stored: Stored) => ({ ...stored, plain: true }));
  return { results, toPlain, list: createSharedList(() => results.asObservable(), toPlain) };
}

describe('a shared list', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('converts a query result once, however many screens show it', async () => {
    const { toPlain, list } = setUp();
    const first = await firstValueFrom(list.list$);
    const second = await firstValueFrom(list.list$);
    expect(second).toBe(first);
    expect(first).toEqual([
      { id: 'a', plain: true },
      { id: 'b', plain: true },
    ]);
    expect(toPlain).toHaveBeenCalledTimes(2);
  });

  it('follows the data when it changes', () => {
    const { results, list } = setUp();
    const seen: string[][] = [];
    const subscription = list.list$.subscribe((docs) => seen.push(docs.map((d) => d.id)));
    results.next([{ id: 'c' }]);
    subscription.unsubscribe();
    expect(seen).toEqual([['a', 'b'], ['c']]);
  });

  it('has nothing to peek at before anyone has read it', () => {
    const { list } = setUp();
    expect(list.peek()).toBeUndefined();
  });

  it('can be peeked at while a screen keeps it current, and not after', () => {
    const { results, list } = setUp();
    const subscription = list.list$.subscribe();
    expect(list.peek()?.map((d) => d.id)).toEqual(['a', 'b']);
    results.next([{ id: 'c' }]);
    expect(list.peek()?.map((d) => d.id)).toEqual(['c']);
    subscription.unsubscribe();
    expect(list.peek()).toBeUndefined();
  });

  it('is kept current for a while after a prefetch, then forgotten', async () => {
    const { results, list } = setUp();
    await list.prefetch();
    expect(list.peek()?.map((d) => d.id)).toEqual(['a', 'b']);
    results.next([{ id: 'c' }]);
    expect(list.peek()?.map((d) => d.id)).toEqual(['c']);
    vi.advanceTimersByTime(PREFETCH_HOLD_MS);
    expect(list.peek()).toBeUndefined();
  });

  it('stays peekable after the prefetch lets go if a screen shows it', async () => {
    const { list } = setUp();
    await list.prefetch();
    const subscription = list.list$.subscribe();
    vi.advanceTimersByTime(PREFETCH_HOLD_MS);
    expect(list.peek()?.map((d) => d.id)).toEqual(['a', 'b']);
    subscription.unsubscribe();
  });
});
