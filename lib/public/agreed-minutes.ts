// EXTENSION POINT for agreed minutes (built separately): the decisions of a published
// agreement's working-group meetings whose minutes both sides agreed AND that were marked public.
// Until agreed minutes exist there are none, and the public page shows no such section. When they
// land, replace the body with one query that selects only the decision texts (en/ms/zh) and the
// meeting date, filtered on "minutes agreed" and "decision is public" — never names of attendees.
import type { DbClient } from "@/lib/prisma-client";

export interface PublicDecision {
  meetingOn: Date;
  textEn: string;
  textMs: string | null;
  textZh: string | null;
}

export async function publicDecisionsOfAgreedMinutes(input: { db: DbClient; agreementId: string }): Promise<PublicDecision[]> {
  void input; // nothing to read until agreed minutes exist
  return [];
}
