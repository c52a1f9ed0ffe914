// Runs once when the Next.js server starts: the server becomes the one owner of the embedded
// database (lib/embedded-db/app-owner.ts) before it answers any request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { becomeDatabaseOwner } = await import("@/lib/embedded-db/app-owner");
  await becomeDatabaseOwner();
}
