// What the e2e server would have mailed (it runs without SMTP_URL, so every mail stays on the
// Outbox with its text): read from the server's own database, through the embedded database's
// owner (the running server) or from the PostgreSQL database scripts/e2e-server.mjs created.
import path from "node:path";
import type { DatabaseTarget } from "@/lib/db-config";
import { connectPrismaClient } from "@/lib/prisma-client";

function e2eDatabase(): DatabaseTarget {
  const suffix = process.env.E2E_NAME ? `-${process.env.E2E_NAME}` : "";
  const url = process.env.DATABASE_URL?.trim();
  if (url) {
    const base = new URL(url);
    base.pathname = `/${decodeURIComponent(base.pathname.slice(1)) || "postgres"}_e2e${suffix.replace("-", "_")}`;
    return { kind: "postgres", connectionString: base.toString() };
  }
  return { kind: "pglite", dataDir: path.join(process.cwd(), ".data", `e2e${suffix}`) };
}

/** The plain-text body of the newest mail to `address` that mentions `text`, or null while none is queued. */
export async function findMailText(address: string, text: string): Promise<string | null> {
  const client = await connectPrismaClient(e2eDatabase());
  try {
    const mail = await client.outboundMail.findFirst({ where: { toAddress: address, text: { contains: text } }, orderBy: { createdAt: "desc" }, select: { text: true } });
    return mail?.text ?? null;
  } finally {
    await client.$disconnect();
  }
}
