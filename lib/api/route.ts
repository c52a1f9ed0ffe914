// The one wrapper every /api/v1 route handler goes through: authenticate the token → its rate
// limit → its scope → run the handler as the token's owner (lib/api/principal.ts), so the data
// functions, actions, permissions and audit see the API caller exactly as they see a browser.
// Refusals become problem+json; a thrown "not found" or "forbidden" looks the same as a guessed id.
import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError, UnauthenticatedError } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/actions/errors";
import { limits, tryConsume } from "@/lib/security/rate-limit";
import { authenticateApiRequest } from "./authenticate";
import { runAsApiPrincipal, type ApiPrincipal } from "./principal";
import { problem } from "./problem";

export interface ApiContext<Params> {
  request: Request;
  params: Params;
  principal: ApiPrincipal;
}

type RouteHandler<Params> = (request: Request, context: { params: Promise<Params> }) => Promise<Response>;

export function apiRoute<Params = Record<string, never>>(access: "read" | "write", handle: (context: ApiContext<Params>) => Promise<Response>): RouteHandler<Params> {
  return async (request, context) => {
    const principal = await authenticateApiRequest(request);
    if (!principal) return problem("unauthenticated", { headers: { "WWW-Authenticate": 'Bearer realm="mou-tracker"' } });
    if (!(await tryConsume(db, "apiToken", principal.tokenId))) {
      return problem("tooManyRequests", { headers: { "Retry-After": String(limits.apiToken.windowSeconds) } });
    }
    if (access === "write" && principal.scope !== "READ_WRITE") {
      return problem("insufficientScope", { headers: { "WWW-Authenticate": 'Bearer error="insufficient_scope"' } });
    }
    const params = await context.params;
    try {
      return await runAsApiPrincipal(principal, () => handle({ request, params, principal }));
    } catch (error) {
      if (error instanceof NotFoundError || error instanceof ForbiddenError) return problem("notFound");
      if (error instanceof UnauthenticatedError) return problem("unauthenticated");
      console.error("API request failed", error);
      return problem("unexpected");
    }
  };
}
