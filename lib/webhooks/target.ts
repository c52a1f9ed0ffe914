// Where a webhook may be sent. A receiver on loopback, a private network, link-local (cloud
// metadata at 169.254.169.254), or any other non-public address is refused — at registration, and
// at every delivery by the connection itself: it resolves the name once and connects only to an
// address it has checked (connectionLookup), so a name that points elsewhere between a check and
// the connection (DNS rebinding) reaches nothing inside — unless WEBHOOK_ALLOW_PRIVATE=1 (tests
// and local use).
import { lookup } from "node:dns/promises";
import type { LookupAddress, LookupOptions } from "node:dns";
import { BlockList, isIP } from "node:net";

const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12], ["192.0.0.0", 24], ["192.168.0.0", 16],
  ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) blocked.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96]] as const) blocked.addSubnet(network, prefix, "ipv6");

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family === 6) {
    // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    return mapped ? blocked.check(mapped, "ipv4") : blocked.check(address, "ipv6");
  }
  return true;
}

export const allowsPrivateTargets = () => process.env.WEBHOOK_ALLOW_PRIVATE === "1";

export type TargetCheck = { ok: true } | { ok: false; reason: "scheme" | "unresolvable" | "private" };

export async function checkWebhookTarget(url: string, resolve: (host: string) => Promise<string[]> = resolveAll): Promise<TargetCheck> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: "scheme" };
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return { ok: false, reason: "scheme" };
  if (parsed.username || parsed.password) return { ok: false, reason: "scheme" };
  if (allowsPrivateTargets()) return { ok: true };
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch {
    return { ok: false, reason: "unresolvable" };
  }
  if (addresses.length === 0) return { ok: false, reason: "unresolvable" };
  return addresses.some(isPrivateAddress) ? { ok: false, reason: "private" } : { ok: true };
}

async function resolveAll(host: string): Promise<string[]> {
  return (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for node's http(s).request: resolves the host and hands the connection only checked
 * addresses, or fails it when any address the name resolves to is not public. `resolve` is for tests.
 */
export function connectionLookup(resolve: (host: string) => Promise<string[]> = resolveAll) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolve(hostname).then(
      (addresses) => {
        if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname} did not resolve`), { code: "ENOTFOUND" }), "");
        if (!allowsPrivateTargets() && addresses.some(isPrivateAddress)) {
          return callback(Object.assign(new Error(`target refused (private): ${hostname}`), { code: "EACCES" }), "");
        }
        const entries = addresses.map((address) => ({ address, family: isIP(address) }));
        if (options.all) return callback(null, entries);
        const first = entries[0] as LookupAddress;
        callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ""),
    );
  };
}
