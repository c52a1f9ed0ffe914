// The action wrapper's answer when PostgreSQL ends a transaction as a deadlock victim: nothing
// was saved, so the action runs again rather than telling the user something went wrong.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { Prisma } from "@/lib/generated/prisma/client";
import { actAs } from "../helpers/request";
import { createUser } from "../helpers/factories";

const deadlock = () => new Prisma.PrismaClientKnownRequestError("Transaction failed due to a write conflict or a deadlock. Please retry your transaction", { code: "P2034", clientVersion: Prisma.prismaVersion.client });

/** An action whose first `failures` attempts are chosen as deadlock victims. */
function actionFailing(failures: number) {
  let attempts = 0;
  const action = defineAction(z.strictObject({}), async () => {
    attempts += 1;
    if (attempts <= failures) throw deadlock();
    return { data: attempts };
  });
  return { action, attempts: () => attempts };
}

describe("an action chosen as a deadlock victim", () => {
  it("runs again and succeeds", async () => {
    actAs(await createUser({ role: "OFFICER" }));
    const { action, attempts } = actionFailing(2);
    expect(await action(undefined, {})).toEqual({ status: "success", data: 3, message: undefined });
    expect(attempts()).toBe(3);
  });

  it("gives up after three attempts with the plain 'nothing was saved' answer", async () => {
    actAs(await createUser({ role: "OFFICER" }));
    const { action, attempts } = actionFailing(5);
    expect(await action(undefined, {})).toMatchObject({ status: "error", formError: "errors.unexpected" });
    expect(attempts()).toBe(3);
  });

  it("does not run again after other errors", async () => {
    actAs(await createUser({ role: "OFFICER" }));
    let attempts = 0;
    const action = defineAction(z.strictObject({}), async () => {
      attempts += 1;
      throw new Error("a bug");
    });
    expect(await action(undefined, {})).toMatchObject({ formError: "errors.unexpected" });
    expect(attempts).toBe(1);
  });
});
