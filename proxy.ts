import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "@/lib/server/config";
import { AppError } from "@/lib/server/errors";
import { errorResponse } from "@/lib/server/http/respond";
import { routerStateTreeProblem } from "@/lib/server/http/router-state-header";
import { API_CONTENT_SECURITY_POLICY, newNonce, pageSecurityHeaders, servedOverHttps, type PolicyOptions } from "@/lib/server/http/security-headers";

/**
 * Runs before every page, and API requests that carry a router header (Next 16's proxy runs
 * in the server's Node.js process, so it reads the same validated configuration): refuses a
 * malformed router header with the contract's 400, and gives every page a fresh nonce and
 * the policy that names it.
 */
export function proxy(request: NextRequest): Response {
  const { nodeEnv, appUrl } = getConfig();
  const options: PolicyOptions = { development: nodeEnv === "development", https: servedOverHttps(appUrl) };

  const problem = routerStateTreeProblem(request.headers.get("next-router-state-tree"));
  if (problem !== undefined) {
    return withHeaders(errorResponse(AppError.invalid([{ path: "Next-Router-State-Tree", message: problem }])), { "Content-Security-Policy": API_CONTENT_SECURITY_POLICY });
  }

  // An API path comes here only with a router header (see `config`), and needs nothing more.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();

  const headers = pageSecurityHeaders(newNonce(), options);
  // Next.js reads the nonce from the request's policy while rendering (the root layout is
  // dynamic, so every page is rendered per request) and puts it on each script it emits.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

function withHeaders<R extends Response>(response: R, headers: Record<string, string>): R {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    // Build output and images are files, not documents: next.config.ts gives them the
    // baseline headers without running this function for each one. API routes are not pages
    // either: their headers are static (next.config.ts) or set by the route
    // (lib/server/http/respond.ts). Running the proxy for them doubled the work of every API
    // request: about half of a submission's CPU (`npm run bench:submit`).
    "/((?!api/|_next/static|_next/image|favicon.ico).*)",
    // But an /api/ path that no route serves is answered with the not-found page, which
    // reads the router header: those requests still have it checked.
    { source: "/api/:path*", has: [{ type: "header", key: "next-router-state-tree" }] },
  ],
};
