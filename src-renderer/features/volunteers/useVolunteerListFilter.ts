import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { filterFromSearchParams, searchParamsFromFilter, type VolunteerFilter } from './volunteerFilter';

/** Typing pause after which the search text is written into the address. */
export const QUERY_TO_ADDRESS_DELAY_MS = 400;

export interface VolunteerListFilter {
  filter: VolunteerFilter;
  /** Team, status and political status: into the address at once. */
  changeFilter: (patch: Partial<VolunteerFilter>) => void;
  /** The search text: the list follows every keystroke, the address once typing pauses. */
  changeQuery: (query: string) => void;
  /** Writes a pending search text into the address now (the box lost focus: the keeper may be leaving). */
  flushQuery: () => void;
}

interface State {
  filter: VolunteerFilter;
  /** The address's search string the filter was last read from, or that the address has reached since. */
  address: string;
  /** Search strings written by this list that the router has not shown yet (it updates in a transition). */
  written: readonly string[];
}

/**
 * The list's filter, kept in the page and mirrored into the address so that coming back from a volunteer's
 * page shows the same rows. Every address change re-renders the whole route tree (menu, layout, page), so
 * the search text is written only when typing pauses or the box loses focus, never per keystroke. An address
 * changed from outside (the menu, back and forward) is taken over as the filter.
 */
export function useVolunteerListFilter(): VolunteerListFilter {
  const [searchParams, setSearchParams] = useSearchParams();
  const address = searchParams.toString();
  const [state, setState] = useState<State>(() => ({ filter: filterFromSearchParams(searchParams), address, written: [] }));
  let current = state;
  if (address !== state.address) {
    const ours = state.written.indexOf(address);
    current =
      ours >= 0
        ? { ...state, address, written: state.written.slice(ours + 1) }
        : { filter: filterFromSearchParams(searchParams), address, written: [] };
    setState(current);
  }

  // The callbacks below are stable (the table and filter bar are memoised on them): they read the latest here.
  const latest = useRef({ filter: current.filter, address, setSearchParams });
  useEffect(() => {
    latest.current = { filter: current.filter, address, setSearchParams };
  });

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const writeAddress = useCallback((filter: VolunteerFilter) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const params = searchParamsFromFilter(filter);
    const next = params.toString();
    const { address: shown, setSearchParams: navigate } = latest.current;
    if (next === shown) return;
    setState((s) => ({ ...s, written: [...s.written, next] }));
    navigate(params, { replace: true });
  }, []);

  const update = useCallback((patch: Partial<VolunteerFilter>): VolunteerFilter => {
    const filter = { ...latest.current.filter, ...patch };
    latest.current.filter = filter;
    setState((s) => ({ ...s, filter }));
    return filter;
  }, []);

  const changeFilter = useCallback((patch: Partial<VolunteerFilter>) => writeAddress(update(patch)), [update, writeAddress]);

  const changeQuery = useCallback(
    (query: string) => {
      update({ query });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => writeAddress(latest.current.filter), QUERY_TO_ADDRESS_DELAY_MS);
    },
    [update, writeAddress],
  );

  const flushQuery = useCallback(() => {
    if (timer.current !== undefined) writeAddress(latest.current.filter);
  }, [writeAddress]);

  return { filter: current.filter, changeFilter, changeQuery, flushQuery };
}
