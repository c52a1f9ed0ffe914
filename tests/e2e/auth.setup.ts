// Signs in once per demo account and keeps the session for the journeys that use it.
import { expect, test as setup, accounts, signIn, storageStateOf, type AccountName } from "./support";

for (const name of Object.keys(accounts) as AccountName[]) {
  setup(`sign in as ${name}`, async ({ page }) => {
    await signIn(page, accounts[name]);
    // Some demo users read the interface in Chinese, so wait for the shell by its landmark.
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await expect(page.getByRole("navigation").first()).toBeVisible();
    await page.context().storageState({ path: storageStateOf(name) });
  });
}
