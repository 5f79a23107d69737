/**
 * How the browser reports a request to a server that is not there (refused, or cut off mid-answer). CouchDB
 * sends a long-poll's headers at once and its body in chunks, so a poll cut off while it waits ends in an
 * incomplete chunked answer (seen only on CouchDB).
 */
const UNREACHABLE_ERRORS = '(ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_EMPTY_RESPONSE|ERR_INCOMPLETE_CHUNKED_ENCODING)';

/** Browser reports of requests to a stopped server: expected while it is stopped, and the only problems allowed then. */
export function isOutageProblem(problem: string, serverUrl: string): boolean {
  if (new RegExp(`^console\\.error: Failed to load resource: net::${UNREACHABLE_ERRORS}$`).test(problem)) return true;
  return problem.startsWith(`request failed: ${serverUrl}/`) && new RegExp(`\\(net::${UNREACHABLE_ERRORS}\\)$`).test(problem);
}
