import { redirect } from "next/navigation";
import { requireUserForPage } from "@/lib/auth/session";
import { navigationTargets } from "@/lib/navigation";
import { navigationFor } from "@/lib/permissions";

/**
 * Home: each role lands on the first entry of its navigation. It lives outside the signed-in
 * shell so the redirect is a plain HTTP redirect, sent before any loading state streams.
 */
export default async function HomePage() {
  const user = await requireUserForPage();
  const [first = "agreements"] = navigationFor(user.role);
  redirect(navigationTargets[first].href);
}
