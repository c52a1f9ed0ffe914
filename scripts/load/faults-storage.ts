// Object storage under faults: the app runs with an S3 bucket (a real S3 protocol server started
// here, s3rver), an officer keeps logging progress with an evidence file, and the storage goes
// down for 10 s and comes back. Afterwards: uploads during the outage were refused with a plain
// message (no server error), none was half-written (every file record finds its bytes, with the
// right checksum, through the app's download handler), and uploads work again once it is back.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createHash, randomBytes } from "node:crypto";
import { createPrismaClient } from "../../lib/prisma-client";
import { fileStore } from "../../lib/files/store";
import { startS3Server } from "../lib/s3-server";
import { callAction, sessionCookieFrom } from "./server-actions";
import { password, prepareFixture, startInstance, waitUntilUp } from "./workload";
import { todayIso } from "../../lib/dates";

const port = Number(process.env.FAULTS_STORAGE_PORT ?? 3460);
const baseUrl = `http://127.0.0.1:${port}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const phases = ["before the outage", "storage down (10 s)", "after the storage is back"] as const;
type Phase = (typeof phases)[number];

export interface StorageFaults {
  outcomes: Record<Phase, Record<string, number>>;
  recordsChecked: number;
  recordsWithoutBytes: number;
  downloadsWrong: number;
  unreferencedObjects: number;
}

export async function runStorageFaults(databaseUrl: string, env: NodeJS.ProcessEnv, actionId: (file: string, name: string) => string): Promise<StorageFaults> {
  const s3 = await startS3Server("faults");
  const folder = mkdtempSync(path.join(tmpdir(), "mou-faults-files-"));
  const runId = randomBytes(4).toString("hex");
  const fixture = await prepareFixture(databaseUrl, 1, runId);
  const officer = fixture.users[0];
  const milestone = fixture.milestones[0];
  if (!officer || !milestone) throw new Error("No officer or milestone to work with");
  const server = startInstance(port, { ...env, ...s3.env, FILE_STORAGE_DIR: folder });
  const outcomes = Object.fromEntries(phases.map((phase) => [phase, {}])) as StorageFaults["outcomes"];
  try {
    await waitUntilUp(baseUrl);
    const signIn = await callAction({ baseUrl, pagePath: "/login", actionId: actionId("lib/actions/auth.ts", "signInWithPassword"), fields: { email: officer.email, password } });
    const cookie = sessionCookieFrom(signIn.setCookies);
    if (!cookie) throw new Error(`The officer could not sign in (${signIn.outcome})`);

    let phase: Phase = "before the outage";
    let sequence = 0;
    const writer = (async () => {
      const stopAt = Date.now() + 30_000;
      while (Date.now() < stopAt) {
        sequence += 1;
        const call = await callAction({
          baseUrl,
          pagePath: "/milestones",
          actionId: actionId("lib/actions/progress.ts", "logProgress"),
          cookie,
          fields: {
            milestoneId: milestone.id,
            reportedOn: todayIso(),
            percentComplete: String(milestone.percent),
            status: "ON_TRACK",
            narrative: `faults-storage-${runId}-${sequence}`,
            blockers: "",
            evidenceLinks: "",
            evidenceFiles: new File([`%PDF-1.4\n% evidence ${runId} ${sequence}\n`], "evidence.pdf", { type: "application/pdf" }),
          },
          timeoutMs: 60_000,
        });
        const counts = outcomes[phase];
        counts[call.outcome] = (counts[call.outcome] ?? 0) + 1;
        await sleep(200);
      }
    })();
    await sleep(10_000);
    phase = "storage down (10 s)";
    await s3.stop();
    await sleep(10_000);
    await s3.start();
    phase = "after the storage is back";
    await writer;

    // Every file record must find its bytes, checked, through the app's own download handler.
    const db = createPrismaClient({ kind: "postgres", connectionString: databaseUrl });
    try {
      const evidence = await db.evidence.findMany({
        where: { progressUpdate: { narrative: { startsWith: `faults-storage-${runId}-` } } },
        select: { id: true, file: { select: { storageKey: true, sha256: true } } },
      });
      let recordsWithoutBytes = 0;
      let downloadsWrong = 0;
      const store = fileStore(s3.env);
      for (const item of evidence) {
        if (!item.file) continue;
        if (!(await store.stat(item.file.storageKey))) recordsWithoutBytes += 1;
        const response = await fetch(`${baseUrl}/api/evidence/${item.id}`, { headers: { cookie } });
        const bytes = Buffer.from(await response.arrayBuffer().catch(() => new ArrayBuffer(0)));
        if (response.status !== 200 || createHash("sha256").update(bytes).digest("hex") !== item.file.sha256) downloadsWrong += 1;
      }
      const referenced = new Set((await db.storedFile.findMany({ select: { storageKey: true } })).map((file) => file.storageKey));
      let unreferencedObjects = 0;
      for await (const key of store.keys()) if (!referenced.has(key)) unreferencedObjects += 1;
      return { outcomes, recordsChecked: evidence.length, recordsWithoutBytes, downloadsWrong, unreferencedObjects };
    } finally {
      await db.$disconnect();
    }
  } finally {
    server.kill("SIGTERM");
    await s3.remove();
    rmSync(folder, { recursive: true, force: true });
  }
}

export function printStorageFaults(result: StorageFaults): void {
  console.log("\n## Object storage down for 10 s (uploads with evidence, one officer)");
  for (const phase of phases) console.log(`- ${phase}: ${JSON.stringify(result.outcomes[phase])}`);
  console.log(`- file records checked through the download handler: ${result.recordsChecked}`);
  console.log(`- records whose bytes are missing: ${result.recordsWithoutBytes}; downloads failing or not matching their checksum: ${result.downloadsWrong}`);
  console.log(`- objects no record points at (harmless, left by refused uploads): ${result.unreferencedObjects}`);
}

export function storageFaultsPassed(result: StorageFaults): boolean {
  const during = result.outcomes["storage down (10 s)"];
  const after = result.outcomes["after the storage is back"];
  const serverErrors = phases.reduce((sum, phase) => sum + (result.outcomes[phase].server_error ?? 0) + (result.outcomes[phase].network_error ?? 0), 0);
  return serverErrors === 0 && (during.refused ?? 0) > 0 && (after.success ?? 0) > 0 && result.recordsWithoutBytes === 0 && result.downloadsWrong === 0 && result.recordsChecked > 0;
}
