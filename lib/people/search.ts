// Finding a person by either form of their name: Latin script (Zheng Shanjie) or Chinese
// characters (郑栅洁). One where-clause for every search over people.
import type { Prisma } from "@/lib/generated/prisma/client";

export function personNameMatches(text: string): Prisma.PersonWhereInput {
  const query = text.trim();
  return { OR: [{ name: { contains: query, mode: "insensitive" } }, { nameZh: { contains: query } }] };
}
