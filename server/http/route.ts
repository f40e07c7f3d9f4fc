import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { SessionUser } from "@/server/auth/accounts";
import { userFromRequest } from "@/server/auth/current-user";
import { getDb, type Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { errorResponse } from "./error-response";
import { parseJsonBody, parseQuery } from "./parse-input";
import { assertSameOriginJson } from "./same-origin";

/**
 * Who may call a route: anyone, anyone signed in, or exactly one role. A role added to the schema
 * (say "editor") becomes a valid `access` here with no change to this file.
 */
export type Access = "anonymous" | "signed-in" | SessionUser["role"];

type UserFor<A extends Access> = A extends "anonymous" ? SessionUser | null : A extends "signed-in" ? SessionUser : SessionUser & { role: A };
type Parsed<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface RouteSpec<A extends Access, B extends z.ZodType | undefined, Q extends z.ZodType | undefined, P extends string> {
  access: A;
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
export interface RouteCall<A extends Access, B, Q, P extends string> {
  user: UserFor<A>;
  input: Parsed<B>;
  query: Parsed<Q>;
  params: Record<P, string>;
  db: Db;
  now: Date;
  request: Request;
}

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
>(spec: RouteSpec<A, B, Q, P>, handler: (call: RouteCall<A, B, Q, P>) => Promise<unknown>) {
  return async function handle(request: Request, context?: HandlerContext): Promise<Response> {
    try {
      assertSameOriginJson(request);
      const user = await resolveUser(request, spec.access);
      const params = await resolveParams(spec.params ?? [], context);
      const query = (spec.query ? parseQuery(request, spec.query) : undefined) as Parsed<Q>;
      const input = (spec.body ? await parseJsonBody(request, spec.body) : undefined) as Parsed<B>;
      const result = await handler({ user, input, query, params, db: await getDb(), now: new Date(), request });
      if (result instanceof Response) return result;
      if (result === undefined) return new Response(null, { status: 204 });
      return NextResponse.json(result, { status: spec.status ?? 200 });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

async function resolveUser<A extends Access>(request: Request, access: A): Promise<UserFor<A>> {
  const user = await userFromRequest(request);
  if (access === "anonymous") return user as UserFor<A>;
  if (!user) throw new AppError("unauthenticated", "Sign in to continue.");
  if (access !== "signed-in" && user.role !== access) throw new AppError("forbidden", `This is only for ${access}s.`);
  return user as UserFor<A>;
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
