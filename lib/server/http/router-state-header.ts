import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";

/**
 * Next.js's client router sends the tree of the page it shows, URI-encoded JSON, on every
 * RSC request. Next allows 40,000 characters; this app's deepest page needs a few hundred.
 */
export const MAX_ROUTER_STATE_TREE_LENGTH = 16 * 1024;

/**
 * Why a `Next-Router-State-Tree` header is unusable, or undefined when it is fine or absent.
 *
 * Next.js throws while rendering when it cannot parse this header, which ends in an anonymous
 * 500 and stack frames in the log for what is only a bad request. Checking with Next's own
 * parser refuses exactly the values the renderer would throw on, no more, so a Next upgrade
 * that changes the tree's shape cannot turn real navigations into 400s.
 */
export function routerStateTreeProblem(value: string | null): string | undefined {
  if (value === null) return undefined;
  if (value.length > MAX_ROUTER_STATE_TREE_LENGTH) return `must be at most ${MAX_ROUTER_STATE_TREE_LENGTH} characters`;
  try {
    parseAndValidateFlightRouterState(value);
    return undefined;
  } catch {
    return "must be the URI-encoded JSON router state tree that Next.js sends";
  }
}
