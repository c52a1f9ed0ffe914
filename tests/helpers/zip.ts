// Builds zip archives for upload tests, including hostile ones: an entry can be megabytes of
// zeros deflated as a stream (never held whole), and can declare a smaller size than it holds.
import { constants, crc32, createDeflateRaw } from "node:zlib";

export type ZipEntry = { name: string; data: Buffer } | { name: string; zeros: number; declaredSize?: number };

async function deflate(entry: ZipEntry): Promise<{ compressed: Buffer; crc: number; size: number }> {
  const deflater = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const chunks: Buffer[] = [];
  deflater.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflater.on("end", resolve));
  let crc = 0;
  if ("data" in entry) {
    crc = crc32(entry.data);
    deflater.end(entry.data);
  } else {
    const block = Buffer.alloc(1024 * 1024);
    for (let written = 0; written < entry.zeros; written += block.length) {
      const piece = block.subarray(0, Math.min(block.length, entry.zeros - written));
      crc = crc32(piece, crc);
      if (!deflater.write(piece)) await new Promise((resolve) => deflater.once("drain", resolve));
    }
    deflater.end();
  }
  await done;
  return { compressed: Buffer.concat(chunks), crc, size: "data" in entry ? entry.data.length : entry.zeros };
}

export async function buildZip(entries: ZipEntry[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { compressed, crc, size } = await deflate(entry);
    const declared = "declaredSize" in entry && entry.declaredSize !== undefined ? entry.declaredSize : size;
    const name = Buffer.from(entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = (main: string) =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="${main.startsWith("word") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"}"/></Types>`,
  );

/** A minimal, well-formed Word document. */
export function minimalDocx(): Promise<Buffer> {
  return buildZip([
    { name: "[Content_Types].xml", data: contentTypes("word/document.xml") },
    { name: "word/document.xml", data: Buffer.from('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Minutes</w:t></w:r></w:p></w:body></w:document>') },
  ]);
}
