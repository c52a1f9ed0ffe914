// Is the database consistent? Every milestone's current state is its latest update, and every
// progress update has exactly one audit event. Used after fault runs.
import { createPrismaClient } from "../../lib/prisma-client";

export async function checkConsistency(databaseUrl: string) {
  const db = createPrismaClient({ kind: "postgres", connectionString: databaseUrl });
  try {
    const [staleMilestones, updatesWithoutOneAudit] = await Promise.all([
      db.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) AS count
        FROM "Milestone" m
        JOIN LATERAL (
          SELECT u."percentComplete", u."reportedOn"
          FROM "ProgressUpdate" u
          WHERE u."milestoneId" = m.id
          ORDER BY u."reportedOn" DESC, u."createdAt" DESC, u.id DESC
          LIMIT 1
        ) latest ON true
        WHERE m."percentComplete" <> latest."percentComplete" OR m."lastUpdateOn" IS DISTINCT FROM latest."reportedOn"`,
      db.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) AS count
        FROM "ProgressUpdate" u
        WHERE u."isExample" = false
          AND (SELECT count(*) FROM "AuditEvent" a WHERE a."entityType" = 'ProgressUpdate' AND a."entityId" = u.id) <> 1`,
    ]);
    return { milestonesNotAtLatestUpdate: Number(staleMilestones[0]?.count ?? 0), updatesWithoutExactlyOneAuditEvent: Number(updatesWithoutOneAudit[0]?.count ?? 0) };
  } finally {
    await db.$disconnect();
  }
}
