// Webhook signing (Standard Webhooks) and the private-address rule, as pure functions.
import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { newWebhookSecret, signWebhook, webhookHeaders } from "@/lib/webhooks/sign";
import { connectionLookup, isPrivateAddress } from "@/lib/webhooks/target";
import { bearerToken, newApiToken } from "@/lib/api/tokens";

describe("webhook signatures", () => {
  it("verify with the Standard Webhooks reference library, and fail when the body changes", () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ type: "meeting.scheduled", data: { id: "m1" } });
    const headers = webhookHeaders(secret, "msg_1", body, new Date());
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(body.replace("m1", "m2"), headers)).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });

  it("match the specification's worked example", () => {
    // From the Standard Webhooks specification's example (secret, id, timestamp, payload → signature).
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const body = '{"test": 2432232314}';
    expect(signWebhook(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body)).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });
});

describe("private addresses", () => {
  it.each(["127.0.0.1", "10.0.0.8", "172.16.4.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1", "not an address"])("refuses %s", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });
  it.each(["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "172.32.0.1"])("allows %s", (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});

describe("the delivery's connection", () => {
  // What node's http(s).request receives from its `lookup`: an error, or the address to connect to.
  const connectTo = (addresses: string[], all = false) =>
    new Promise<{ error: string | null; address: unknown }>((resolve) => {
      connectionLookup(async () => addresses)("hooks.example", { all }, (error, address) => resolve({ error: error?.message ?? null, address }));
    });

  it("reaches only the addresses it checked: a name that now points inside is refused at connection time", async () => {
    expect(await connectTo(["93.184.216.34"])).toEqual({ error: null, address: "93.184.216.34" });
    expect(await connectTo(["93.184.216.34", "2606:4700:4700::1111"], true)).toEqual({
      error: null,
      address: [{ address: "93.184.216.34", family: 4 }, { address: "2606:4700:4700::1111", family: 6 }],
    });
    expect((await connectTo(["127.0.0.1"])).error).toMatch(/target refused \(private\)/);
    expect((await connectTo(["93.184.216.34", "169.254.169.254"])).error).toMatch(/target refused \(private\)/);
    expect((await connectTo([])).error).toMatch(/did not resolve/);
  });

  it("reaches private addresses only where the deployment allows them (WEBHOOK_ALLOW_PRIVATE=1)", async () => {
    const before = process.env.WEBHOOK_ALLOW_PRIVATE;
    process.env.WEBHOOK_ALLOW_PRIVATE = "1";
    try {
      expect(await connectTo(["127.0.0.1"])).toEqual({ error: null, address: "127.0.0.1" });
    } finally {
      if (before === undefined) delete process.env.WEBHOOK_ALLOW_PRIVATE;
      else process.env.WEBHOOK_ALLOW_PRIVATE = before;
    }
  });
});

describe("API tokens", () => {
  it("carry a recognisable prefix and are read only from a Bearer header of that shape", () => {
    const { token, hint } = newApiToken();
    expect(token.startsWith(hint)).toBe(true);
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer ${token}`)).toBe(token);
    expect(bearerToken(token)).toBeNull();
    expect(bearerToken("Bearer something-else")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});
