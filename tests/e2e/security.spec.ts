// Web protections, checked from the outside as an attacker would see them.
import { type APIResponse } from "@playwright/test";
import { expect, test, accounts, demoPassword, replayAction, signIn, storageStateOf } from "./support";

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
}

test("every response carries the security headers", async ({ request, browser }) => {
  expectSecurityHeaders(await request.get("/login"));
  expectSecurityHeaders(await request.get("/api/auth/session"));
  const context = await browser.newContext({ storageState: storageStateOf("manager") });
  const page = await context.request.get("/agreements");
  expectSecurityHeaders(page);
  // Signed-in pages hold official data: never stored by a shared cache.
  expect(page.headers()["cache-control"]).toContain("no-store");
  await context.close();
});

test("pages run only the scripts carrying this response's nonce", async ({ request, page }) => {
  const scriptPolicy = (policy: string | undefined) => policy?.split("; ").find((directive) => directive.startsWith("script-src")) ?? "";
  const first = await request.get("/login");
  const second = await request.get("/login");
  const firstScripts = scriptPolicy(first.headers()["content-security-policy"]);
  const nonce = /'nonce-([^']+)'/.exec(firstScripts)?.[1];
  expect(firstScripts).toContain("'strict-dynamic'");
  expect(firstScripts).not.toContain("'unsafe-inline'");
  expect(nonce, "a nonce in the policy").toBeTruthy();
  expect(scriptPolicy(second.headers()["content-security-policy"])).not.toContain(`'nonce-${nonce}'`);
  // Every script tag of the page carries the nonce of its own response.
  const html = await first.text();
  const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length).toBeGreaterThan(0);
  for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);
  // Not-found pages anywhere (under /api too) get a nonce, so they work like every other page.
  // (robots.txt exists now; an unknown public agreement is the not-found page outside /api.)
  for (const path of ["/api/no-such-endpoint", "/public/agreements/no-such-agreement"]) {
    const missing = await request.get(path);
    expect(missing.status(), path).toBe(404);
    expect(scriptPolicy(missing.headers()["content-security-policy"]), path).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  }

  // And the page still works: the browser ran Next's scripts, with no policy violation reported.
  // (A violation a script catches, such as a library probing whether it may eval, is not logged by
  // the browser: the page reports every one itself.)
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`));
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, accounts.manager);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.goto("/dashboard/sides");
  await expect(page.getByRole("heading", { name: "Malaysia and China", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Agreements" }).first().click();
  await expect(page.getByRole("heading", { name: "Agreements", level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test("the session cookie is HttpOnly and SameSite", async ({ page }) => {
  await signIn(page, accounts.manager);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("authjs.session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
});

test("the middleware bypass header gets nowhere", async ({ request }) => {
  for (const value of ["middleware:middleware:middleware:middleware:middleware", "proxy:proxy:proxy:proxy:proxy", "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware"]) {
    const response = await request.get("/admin/users", { headers: { "x-middleware-subrequest": value } });
    expect(response.url()).toMatch(/\/login\?next=%2Fadmin%2Fusers$/);
    expect(await response.text()).not.toContain("admin@mou.example");
  }
});

test("a cross-origin POST to a server action is refused and changes nothing", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await context.newPage();
  // Capture a complete, valid call (it creates a user), so a replay of it can write.
  await page.goto("/admin/users/new");
  const actionRequest = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  const capturedEmail = `cross-origin-captured-${Date.now()}@mou.example`;
  await page.getByLabel("Full name").fill("Cross Origin");
  await page.getByLabel("Email address").fill(capturedEmail);
  await page.getByLabel("Role").selectOption({ label: "Manager" });
  await page.getByLabel("Initial password").fill("a-long-password-1");
  await page.getByRole("button", { name: "Create user" }).click();
  const captured = await actionRequest;
  await expect(page).toHaveURL(/\/admin\/users$/);

  // From another origin, with the administrator's cookies: refused, without internals, nothing written…
  const attackerEmail = `cross-origin-attacker-${Date.now()}@mou.example`;
  const response = await replayAction(captured, context, { replace: [[capturedEmail, attackerEmail]], headers: { origin: "https://attacker.example" } });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(await response.text()).not.toMatch(/at \S+ \(.*:\d+:\d+\)/);

  // …while the same replay from the app's own origin does write (so the refusal above is the
  // origin check at work, not a replay that could never have written).
  const sameOriginEmail = `cross-origin-control-${Date.now()}@mou.example`;
  const control = await replayAction(captured, context, { replace: [[capturedEmail, sameOriginEmail]], headers: { origin: new URL(page.url()).origin } });
  expect(control.status()).toBeLessThan(400);
  await page.goto("/admin/users");
  await expect(page.getByRole("cell", { name: sameOriginEmail })).toBeVisible();
  await expect(page.getByRole("cell", { name: attackerEmail })).toHaveCount(0);
  await context.close();
});

test("an unknown record answers not found without internals", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("manager") });
  const response = await context.request.get("/agreements/does-not-exist");
  // The page streams behind its loading state, so the status is already sent; the body says it.
  expect(response.status()).toBeLessThan(500);
  const body = await response.text();
  expect(body).toContain("Page not found");
  expect(body).not.toMatch(/PrismaClient|at \S+ \(.*:\d+:\d+\)/);
  await context.close();
});

test("text people type is shown back as text, never run as markup", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("officerMy") });
  const page = await context.newPage();
  const ran: string[] = [];
  await page.exposeFunction("reportInjectedScript", (source: string) => void ran.push(source));
  page.on("dialog", (dialog) => {
    ran.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });

  const stamp = Date.now();
  const title = `<img src=x onerror="reportInjectedScript('title')"> Pilot ${stamp}`;
  const narrative = `<script>reportInjectedScript('narrative')</script><b>bold?</b> ${stamp}`;
  await page.goto("/milestones/new");
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Description in English").fill(`"><svg onload=alert(1)> ${stamp}`);
  await page.getByLabel("Start date").fill("2025-05-01");
  await page.getByLabel("Target date").fill("2027-05-01");
  await page.getByRole("button", { name: "Create milestone" }).click();

  // The heading reads exactly what was typed, angle brackets and all.
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText(`"><svg onload=alert(1)> ${stamp}`)).toBeVisible();
  const log = page.getByRole("region", { name: "Log an update" });
  await log.getByLabel("Percent complete").fill("10");
  await log.getByLabel("What happened").fill(narrative);
  await log.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByText(narrative).first()).toBeVisible();

  // The same text in the list and in the other places it is shown back.
  await page.goto("/milestones");
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();

  expect(await page.locator('img[src="x"], svg[onload], b:text-is("bold?")').count()).toBe(0);
  expect(ran).toEqual([]);
  await context.close();
});

test("sign-in throttling counts the address the trusted proxy saw, not one the client wrote", async ({ page, browser }) => {
  // The e2e server trusts one proxy hop (TRUSTED_PROXY_HOPS=1): the last X-Forwarded-For entry is
  // the address that proxy saw; anything before it was written by the client.
  let captured: import("@playwright/test").Request | undefined;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) captured = request;
  });
  await signIn(page, "nobody@mou.example", "not the password");
  await expect(page.getByText("The email address or password is not correct")).toBeVisible();
  expect(captured, "the sign-in request").toBeTruthy();
  const request = captured as import("@playwright/test").Request;

  const context = await browser.newContext();
  const from = (client: string, realAddress: string) => ({ "x-forwarded-for": `${client}, ${realAddress}` });
  const attempt = (email: string, password: string, headers: Record<string, string>) =>
    replayAction(request, context, { replace: [["nobody@mou.example", email], ["not the password", password]], headers }).then((response) => response.text());

  // Twenty failed guesses at twenty accounts, each claiming a different client address.
  for (let guess = 0; guess < 20; guess += 1) {
    expect(await attempt(`guess${guess}@mou.example`, "wrong-password", from(`198.51.100.${guess}`, "203.0.113.77"))).toContain("auth.invalidCredentials");
  }
  // A new made-up address does not help: the real address has used its attempts, even with the right password.
  expect(await attempt(accounts.manager, demoPassword, from("192.0.2.200", "203.0.113.77"))).toContain("auth.throttled");
  // Another real address is not affected.
  expect(await attempt(accounts.manager, demoPassword, from("203.0.113.77", "203.0.113.78"))).not.toContain("auth.throttled");
  await context.close();
});
