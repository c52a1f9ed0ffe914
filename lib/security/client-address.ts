// Which address a request came from, for per-address limits. The app's own server
// (scripts/serve.ts) works it out from the socket and the proxies it is told to trust, and hands
// it to the app in one header that it sets itself (any such header a client sends is replaced).
// Next does not expose the socket address to the app, and keeps a client's own X-Forwarded-For,
// so nothing else in a request can be trusted for this.

/** The header scripts/serve.ts sets; the app reads nothing else. */
export const clientAddressHeader = "x-mou-client-address";

/** Used when the app was started some other way: every such request shares one allowance. */
export const unknownClientAddress = "unknown";

/** `TRUSTED_PROXY_HOPS`: how many proxies in front of the app append to X-Forwarded-For (default 0). */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const hops = Number(env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/**
 * The client's address: with no trusted proxy, the socket's; behind N proxies, the address the
 * outermost trusted proxy saw, i.e. the N-th entry of X-Forwarded-For counted from the right
 * (each proxy appends the address it received the request from; entries to the left of it were
 * written by the client and prove nothing).
 */
export function clientAddressOf(input: { socketAddress: string | undefined; forwardedFor: string | string[] | undefined; hops: number }): string {
  const socket = input.socketAddress?.replace(/^::ffff:/, "") || unknownClientAddress;
  if (input.hops === 0) return socket;
  const header = Array.isArray(input.forwardedFor) ? input.forwardedFor.join(",") : (input.forwardedFor ?? "");
  const chain = header.split(",").map((part) => part.trim()).filter(Boolean);
  // Fewer entries than trusted proxies: the request skipped a proxy; the nearest known hop is all we have.
  const entry = chain.length >= input.hops ? chain[chain.length - input.hops] : chain[0];
  return entry?.replace(/^::ffff:/, "") || socket;
}

/** The address the app's server determined for this request. */
export function requestClientAddress(headers: Headers): string {
  return headers.get(clientAddressHeader)?.trim() || unknownClientAddress;
}
