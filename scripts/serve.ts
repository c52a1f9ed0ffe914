// Serves the built app (what `next start` does) and tells it where each request came from:
// Next gives the app no socket address and keeps whatever X-Forwarded-For a client sends, so this
// server works the address out from the socket and TRUSTED_PROXY_HOPS and passes it in the one
// header the app trusts (lib/security/client-address.ts).
//   npx tsx scripts/serve.ts [-p PORT] [-H HOST]
import http from "node:http";
import path from "node:path";
import next from "next";
import { clientAddressHeader, clientAddressOf, trustedProxyHops } from "../lib/security/client-address";

function option(flag: string, fallback: string): string {
  const index = process.argv.indexOf(flag);
  return (index >= 0 ? process.argv[index + 1] : undefined) ?? fallback;
}

const port = Number(option("-p", process.env.PORT ?? "3000"));
const hostname = option("-H", process.env.HOSTNAME ?? "0.0.0.0");
const hops = trustedProxyHops();
const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  request.headers[clientAddressHeader] = clientAddressOf({ socketAddress: request.socket.remoteAddress, forwardedFor: request.headers["x-forwarded-for"], hops });
  void handle(request, response);
});
server.listen(port, hostname, () => console.log(`Serving on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (trusted proxy hops: ${hops})`));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
