import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const context = await browser.newContext({ baseURL: "http://localhost:3311", storageState: "tests/e2e/.auth/uxdev/admin.json", viewport: { width: 360, height: 800 } });
const page = await context.newPage();
await page.goto("/dashboard/sides");
console.log(await page.evaluate(() => {
  const table = document.querySelectorAll("table")[1];
  const out = [];
  for (let e = table; e && e !== document.body; e = e.parentElement) out.push(`${e.tagName}.${e.className.slice(0, 60)} w=${Math.round(e.getBoundingClientRect().width)} ox=${getComputedStyle(e).overflowX} disp=${getComputedStyle(e).display}`);
  return out.join("\n");
}));
await page.goto("/agreements");
await page.locator("summary").click();
console.log(await page.evaluate(() => [...document.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > 361).map((e) => `${e.tagName}.${String(e.className).slice(0, 50)} r=${Math.round(e.getBoundingClientRect().right)}`).slice(0, 15).join("\n")));
await browser.close();
