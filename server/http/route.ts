import "server-only";
import type { z } from "zod";
import { checkAccess, type Access, type DeferredSession, type UserFor } from "@/server/auth/access";
import { sessionTokenFromRequest, userFromRequest } from "@/server/auth/current-user";
import { hashSessionToken } from "@/server/auth/sessions";
import { getDb, type Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { errorResponse } from "./error-response";
import { jsonReply, withApiSecurityHeaders } from "./json-reply";
import { parseJsonBody, parseQuery } from "./parse-input";
import { assertSameOriginJson } from "./same-origin";

export type { Access } from "@/server/auth/access";

type Parsed<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface RouteSpec<A extends Access, B extends z.ZodType | undefined, Q extends z.ZodType | undefined, P extends string, D extends boolean> {
  access: A;
  /**
   * For a hot path only (POST /api/reviews): the wrapper checks that a session cookie is there but does
   * not look it up; the service gets `session` instead of `user`, reads the session row in its own first
   * query and checks it with `acceptDeferredSession` (server/auth/access.ts). When the input is refused,
   * the wrapper looks the session up itself first, so 401 and 403 still come before 400.
   */
  deferSession?: A extends "anonymous" ? never : D;
  /** The JSON body's schema; without one the body is never read. */
  body?: B;
  /** The query string's schema (values arrive as strings: use z.coerce for numbers). */
  query?: Q;
  /** The dynamic segments this route's folder declares, e.g. ["classId"]. */
  params?: readonly P[];
  /** The status of a success; 201 for routes that create. */
  status?: number;
}

/** Everything a service needs, already checked and parsed. */
export type RouteCall<A extends Access, B, Q, P extends string, D extends boolean = false> = {
  input: Parsed<B>;
  query: Parsed<Q>;
  params: Record<P, string>;
  db: Db;
  now: Date;
  request: Request;
} & (D extends true ? { session: DeferredSession<A> } : { user: UserFor<A> });

/** What Next passes a route handler; routes without dynamic segments are also called with no context in tests. */
type HandlerContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * The one way to write an API route handler (docs/decisions/008-route-wrapper.md), in the style of Dub's
 * `withWorkspace`: same-origin and JSON checks on every non-GET, then the caller's access, the params,
 * the query and the body, then the service. The service's result is the JSON reply (a `Response` it
 * returns, such as a CSV download, is sent as it is); an AppError becomes its status with `{ error }`.
 */
export function apiRoute<
  const A extends Access,
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  P extends string = never,
  D extends boolean = false,
>(spec: RouteSpec<A, B, Q, P, D>, handler: (call: RouteCall<A, B, Q, P, D>) => Promise<unknown>) {
  return async function handle(request: Request, context?: HandlerContext): Promise<Response> {
    return withApiSecurityHeaders(await respond(request, context));
  };

  async function respond(request: Request, context: HandlerContext | undefined): Promise<Response> {
    try {
      assertSameOriginJson(request);
      const who = spec.deferSession ? deferredSession(request, spec.access) : { user: checkAccess(await userFromRequest(request), spec.access) };
      let params: Record<P, string>, query: Parsed<Q>, input: Parsed<B>;
      try {
        params = await resolveParams(spec.params ?? [], context);
        query = (spec.query ? parseQuery(request, spec.query) : undefined) as Parsed<Q>;
        input = (spec.body ? await parseJsonBody(request, spec.body) : undefined) as Parsed<B>;
      } catch (refusal) {
        // Who is calling is answered before what they sent, deferred or not.
        if (spec.deferSession) checkAccess(await userFromRequest(request), spec.access);
        throw refusal;
      }
      // `who` holds `session` exactly when D is true: the conditional type cannot be narrowed by the flag.
      const call = { ...who, input, query, params, db: await getDb(), now: new Date(), request } as unknown as RouteCall<A, B, Q, P, D>;
      const result = await handler(call);
      if (result instanceof Response) return result;
      if (result === undefined) return new Response(null, { status: 204 });
      return jsonReply(result, { status: spec.status ?? 200 });
    } catch (error) {
      return errorResponse(error);
    }
  }
}

/** Without a session cookie the answer (401) is known at once; with one, the service looks it up. */
function deferredSession<A extends Access>(request: Request, access: A): { session: DeferredSession<A> } {
  const token = sessionTokenFromRequest(request);
  if (!token) throw new AppError("unauthenticated", "Sign in to continue.");
  return { session: { tokenHash: hashSessionToken(token), access } };
}

async function resolveParams<P extends string>(names: readonly P[], context: HandlerContext | undefined): Promise<Record<P, string>> {
  const raw = context ? await context.params : {};
  const out = {} as Record<P, string>;
  for (const name of names) {
    const value = raw[name];
    // Next always fills declared segments; a missing one means the route and its folder disagree.
    if (typeof value !== "string" || value === "") throw new AppError("not_found", "No such page.");
    out[name] = value;
  }
  return out;
}
