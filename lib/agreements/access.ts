// Loads an agreement for a change, refusing (as not found) when it is missing or the user may
// not edit it, so actions on the agreement and on its children share one check.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/actions/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { canEditAgreement } from "@/lib/permissions";

export async function loadEditableAgreement(user: SessionUser, id: string) {
  const agreement = await db.agreement.findUnique({
    where: { id },
    select: { id: true, status: true, signedOn: true, version: true, archivedAt: true, parties: { select: { organisationId: true } } },
  });
  if (!agreement) throw new NotFoundError();
  const partyOrganisationIds = agreement.parties.map((party) => party.organisationId);
  if (!canEditAgreement(user, { partyOrganisationIds })) throw new NotFoundError();
  return { ...agreement, partyOrganisationIds };
}
