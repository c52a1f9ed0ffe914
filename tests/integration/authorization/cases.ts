// How one server action or route handler appears in the authorization matrix: what it targets
// (fresh records for every call, so one caller's success cannot change another's answer), the
// valid input it is sent, and who lib/permissions.ts says may do it.
import type { Actor, World } from "./world";

export type ActionInput = Record<string, unknown> | FormData;

export interface ActionCase<Context = unknown> {
  /** Creates what the call targets and returns a valid input: only the caller's rights decide the answer. */
  arrange(world: World): Promise<{ input: ActionInput; context: Context }>;
  /** The rule from lib/permissions.ts for a signed-in caller. */
  allowed(actor: Actor, world: World, context: Context): boolean;
  /**
   * Whether the caller may see the record the call targets. A caller who may not must be told
   * exactly what a guessed id gets ("not found"), never which rule stopped them.
   */
  visible?(actor: Actor, world: World, context: Context): boolean;
  /** Anyone, signed in or not, may call it (choosing the language). */
  public?: true;
  /** Whether an allowed call changes data (and so leaves an audit event). */
  audited?: false;
}

// Method signatures (not function properties) so cases with different contexts fit one record.
/** Keeps each case's context type while collecting them in one record. */
export function actionCase<Context>(definition: ActionCase<Context>): ActionCase<Context> {
  return definition;
}

export interface RouteCase<Context = unknown> {
  /** The request for this caller (a calendar feed is fetched with the caller's own token). */
  arrange(world: World, actor: Actor | null): Promise<{ url: string; params: Record<string, string>; context: Context; marker?: string; init?: { headers?: Record<string, string>; body?: string } }>;
  allowed(actor: Actor, world: World, context: Context): boolean;
  /** Lists and feeds are served to all but scoped: whether the arranged record (its marker text) is in this caller's answer. */
  shows?(actor: Actor, world: World, context: Context): boolean;
}

export function routeCase<Context>(definition: RouteCase<Context>): RouteCase<Context> {
  return definition;
}

/** The key of a route handler in the matrix: its file under app/ and its method. */
export const routeKey = (file: string, method: string) => `${method} ${file}`;
