// Serves the built app (what `next start` does) and tells it where each request came from:
// Next gives the app no socket address and keeps whatever X-Forwarded-For a client sends, so this
// server works the address out from the socket and TRUSTED_PROXY_HOPS and passes it in the one
// header the app trusts (lib/security/client-address.ts).
// On PostgreSQL it runs one server process per core (WEB_CONCURRENCY to choose; lib/server/workers.ts):
// a page render keeps a core busy, so one process leaves the others idle. A process that stops is
// replaced; one that cannot start stops the server.
//   npx tsx scripts/serve.ts [-p PORT] [-H HOST]
import cluster from "node:cluster";
import http from "node:http";
import { availableParallelism } from "node:os";
import path from "node:path";
import next from "next";
import { resolveDatabaseTarget } from "../lib/db-config";
import { becomeDatabaseOwner } from "../lib/embedded-db/app-owner";
import { clientAddressHeader, clientAddressOf, trustedProxyHops } from "../lib/security/client-address";
import { serverWorkerCount, WorkerCountError } from "../lib/server/workers";

function option(flag: string, fallback: string): string {
  const index = process.argv.indexOf(flag);
  return (index >= 0 ? process.argv[index + 1] : undefined) ?? fallback;
}

const port = Number(option("-p", process.env.PORT ?? "3000"));
const hostname = option("-H", process.env.HOSTNAME ?? "0.0.0.0");
const shownAddress = `http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`;

function workerCount(): number {
  try {
    return serverWorkerCount({ setting: process.env.WEB_CONCURRENCY, database: resolveDatabaseTarget().kind, cores: availableParallelism() });
  } catch (error) {
    if (!(error instanceof WorkerCountError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}

/** The primary process of several: starts the servers, replaces one that stops, stops them all on a signal. */
function superviseWorkers(count: number) {
  /** Set once the server is stopping: the code the primary exits with when its last process has. */
  let exitCode: number | null = null;
  const stopAll = (code: number) => {
    exitCode ??= code;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  };
  const listening = new Set<number>();
  cluster.on("listening", (worker) => listening.add(worker.id));
  cluster.on("exit", (worker, code, signal) => {
    const served = listening.delete(worker.id);
    const how = signal ?? `exit ${code}`;
    if (exitCode === null && served) {
      console.error(`A server process (PID ${worker.process.pid}) stopped (${how}); starting another.`);
      cluster.fork();
      return;
    }
    if (exitCode === null) {
      // It never served: the same failure would repeat in a replacement (no database, bad settings).
      console.error(`A server process (PID ${worker.process.pid}) stopped before it could serve (${how}); stopping.`);
      stopAll(1);
    }
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode ?? 0);
  });
  for (let index = 0; index < count; index += 1) cluster.fork();
  console.log(`Serving on ${shownAddress} with ${count} server processes (primary PID ${process.pid}; trusted proxy hops: ${trustedProxyHops()})`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stopAll(0));
}

async function serve() {
  const hops = trustedProxyHops();
  // The embedded database's owner before anything else (lib/embedded-db/app-owner.ts).
  await becomeDatabaseOwner();
  const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), port, hostname });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((request, response) => {
    request.headers[clientAddressHeader] = clientAddressOf({ socketAddress: request.socket.remoteAddress, forwardedFor: request.headers["x-forwarded-for"], hops });
    void handle(request, response);
  });
  server.listen(port, hostname, () => {
    if (cluster.isPrimary) console.log(`Serving on ${shownAddress} (trusted proxy hops: ${hops})`);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
}

if (cluster.isPrimary) {
  const count = workerCount();
  if (count > 1) superviseWorkers(count);
  else await serve();
} else await serve();
