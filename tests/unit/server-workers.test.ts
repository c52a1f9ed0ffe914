import { describe, expect, it } from "vitest";
import { serverWorkerCount, WorkerCountError } from "@/lib/server/workers";

describe("serverWorkerCount", () => {
  it("runs one process per core on PostgreSQL and one on the embedded database by default", () => {
    expect(serverWorkerCount({ setting: undefined, database: "postgres", cores: 2 })).toBe(2);
    expect(serverWorkerCount({ setting: "", database: "postgres", cores: 8 })).toBe(8);
    expect(serverWorkerCount({ setting: undefined, database: "pglite", cores: 8 })).toBe(1);
  });

  it("follows WEB_CONCURRENCY on PostgreSQL", () => {
    expect(serverWorkerCount({ setting: "1", database: "postgres", cores: 8 })).toBe(1);
    expect(serverWorkerCount({ setting: " 3 ", database: "postgres", cores: 2 })).toBe(3);
  });

  it("accepts one process on the embedded database and refuses more, saying why", () => {
    expect(serverWorkerCount({ setting: "1", database: "pglite", cores: 8 })).toBe(1);
    expect(() => serverWorkerCount({ setting: "2", database: "pglite", cores: 8 })).toThrow(/one process only/);
  });

  it.each(["0", "-1", "two", "1.5", "1000", "2e1"])("refuses WEB_CONCURRENCY=%s", (setting) => {
    expect(() => serverWorkerCount({ setting, database: "postgres", cores: 2 })).toThrow(WorkerCountError);
  });
});
