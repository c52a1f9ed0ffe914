import { describe, expect, it } from "vitest";
import { clientAddressHeader, clientAddressOf, requestClientAddress, trustedProxyHops } from "@/lib/security/client-address";

describe("the client address used for per-address limits", () => {
  it("is the socket's with no trusted proxy, whatever X-Forwarded-For says", () => {
    expect(clientAddressOf({ socketAddress: "203.0.113.7", forwardedFor: "198.51.100.1, 10.0.0.9", hops: 0 })).toBe("203.0.113.7");
    expect(clientAddressOf({ socketAddress: "::ffff:203.0.113.7", forwardedFor: undefined, hops: 0 })).toBe("203.0.113.7");
  });

  it("behind N trusted proxies, is the N-th X-Forwarded-For entry from the right", () => {
    // The client forged "1.1.1.1"; the one trusted proxy appended the address it really saw.
    expect(clientAddressOf({ socketAddress: "10.0.0.2", forwardedFor: "1.1.1.1, 203.0.113.7", hops: 1 })).toBe("203.0.113.7");
    // Two proxies: the outer one appended the client, the inner one appended the outer proxy.
    expect(clientAddressOf({ socketAddress: "10.0.0.3", forwardedFor: "1.1.1.1, 203.0.113.7, 10.0.0.2", hops: 2 })).toBe("203.0.113.7");
    expect(clientAddressOf({ socketAddress: "10.0.0.3", forwardedFor: ["1.1.1.1", "203.0.113.7, 10.0.0.2"], hops: 2 })).toBe("203.0.113.7");
  });

  it("a spoofed header cannot move the count to another address", () => {
    const spoofs = ["1.1.1.1", "2.2.2.2, 3.3.3.3", "", "not an address"];
    const seen = new Set(spoofs.map((forwardedFor) => clientAddressOf({ socketAddress: "10.0.0.2", forwardedFor: `${forwardedFor}, 203.0.113.7`.replace(/^, /, ""), hops: 1 })));
    expect([...seen]).toEqual(["203.0.113.7"]);
  });

  it("falls back to the nearest known hop when the chain is shorter than the trusted proxies", () => {
    expect(clientAddressOf({ socketAddress: "10.0.0.3", forwardedFor: "203.0.113.7", hops: 2 })).toBe("203.0.113.7");
    expect(clientAddressOf({ socketAddress: "10.0.0.3", forwardedFor: undefined, hops: 2 })).toBe("10.0.0.3");
  });

  it("reads TRUSTED_PROXY_HOPS as a small whole number, else 0", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "-1" })).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "lots" })).toBe(0);
  });

  it("the app trusts only the header its server sets", () => {
    expect(requestClientAddress(new Headers({ "x-forwarded-for": "1.1.1.1" }))).toBe("unknown");
    expect(requestClientAddress(new Headers({ [clientAddressHeader]: "203.0.113.7" }))).toBe("203.0.113.7");
  });
});
