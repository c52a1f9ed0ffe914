// Prisma's WebAssembly schema engine, driven through a driver adapter. The native engine that
// `prisma migrate` downloads cannot be fetched on these machines; this one ships inside an npm
// package and writes the same `_prisma_migrations` table, so the migration history stays
// Prisma's own.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

export type SchemaEngine = bindings.SchemaEngine;

interface WasmExports {
  __wbindgen_start?: () => void;
}

let loaded: Promise<typeof bindings.SchemaEngine> | undefined;

/** The package is built for bundlers (it imports a `.wasm` file); Node needs it wired by hand. */
function loadEngineClass(): Promise<typeof bindings.SchemaEngine> {
  loaded ??= (async () => {
    const bindingsPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmUrl = path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm");
    const imports = { "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports };
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmUrl), imports);
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as WasmExports).__wbindgen_start?.();
    return bindings.SchemaEngine;
  })();
  return loaded;
}

/** The engine asks the adapter which schema it works in; the PGlite adapter leaves it unset. */
function withPublicSchema(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const getConnectionInfo = adapter.getConnectionInfo?.bind(adapter);
  adapter.getConnectionInfo = () => ({
    supportsRelationJoins: true,
    ...getConnectionInfo?.(),
    schemaName: getConnectionInfo?.().schemaName ?? "public",
  });
  return adapter;
}

export async function createSchemaEngine(options: {
  schema: string;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  onLog?: (message: string) => void;
}): Promise<SchemaEngine> {
  const EngineClass = await loadEngineClass();
  const inner = options.adapterFactory;
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => withPublicSchema(await inner.connect()),
    connectToShadowDb: async () => withPublicSchema(await inner.connectToShadowDb()),
  };
  return EngineClass.new(
    { datamodels: [["schema.prisma", options.schema]] },
    (message: string) => options.onLog?.(message),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}
