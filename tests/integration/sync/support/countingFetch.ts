/** One request a PC sent to the server, with the status it got (0: no answer). */
export interface SentRequest {
  path: string;
  query: URLSearchParams;
  status: number;
}

/** Node's fetch, logging every request it sends: for tests that count what a PC asks of the server. */
export function countingFetch(log: SentRequest[]): typeof fetch {
  return async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    try {
      const response = await fetch(input, init);
      log.push({ path: url.pathname, query: url.searchParams, status: response.status });
      return response;
    } catch (error) {
      log.push({ path: url.pathname, query: url.searchParams, status: 0 });
      throw error;
    }
  };
}
