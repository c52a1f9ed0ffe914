import { describe, expect, it } from "vitest";
import { createUnsubscribeToken, unsubscribeTokenLifetimeDays, verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

process.env.AUTH_SECRET = "unit-test-secret";

describe("the signed settings link", () => {
  const now = new Date("2026-11-29T00:00:00Z");

  it("names its user until it expires", () => {
    const token = createUnsubscribeToken("user-1", now);
    expect(verifyUnsubscribeToken(token, now)).toBe("user-1");
    expect(verifyUnsubscribeToken(token, new Date(now.getTime() + (unsubscribeTokenLifetimeDays - 1) * 86_400_000))).toBe("user-1");
    expect(verifyUnsubscribeToken(token, new Date(now.getTime() + (unsubscribeTokenLifetimeDays + 1) * 86_400_000))).toBeNull();
  });

  it("refuses a changed user, a changed signature, another secret and garbage", () => {
    const token = createUnsubscribeToken("user-1", now);
    const [, signature] = token.split(".");
    const forged = `${Buffer.from(`user-2.${Math.floor(now.getTime() / 1000) + 86_400}`).toString("base64url")}.${signature}`;
    expect(verifyUnsubscribeToken(forged, now)).toBeNull();
    expect(verifyUnsubscribeToken(`${token.slice(0, -2)}xx`, now)).toBeNull();
    expect(verifyUnsubscribeToken("", now)).toBeNull();
    expect(verifyUnsubscribeToken("a.b.c", now)).toBeNull();
    process.env.AUTH_SECRET = "another-secret";
    expect(verifyUnsubscribeToken(token, now)).toBeNull();
    process.env.AUTH_SECRET = "unit-test-secret";
  });
});
