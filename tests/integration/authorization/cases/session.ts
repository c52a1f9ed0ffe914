// Choosing the language and signing out: the actions every caller has.
import { actionCase, type ActionCase } from "../cases";

export const sessionCases: Record<string, ActionCase> = {
  // Public: the sign-in page offers it. Only a signed-in user's saved preference is audited, so
  // the matrix does not expect an audit event from it.
  switchLanguage: actionCase({
    arrange: async () => ({ input: { locale: "ms" }, context: null }),
    allowed: () => true,
    public: true,
    audited: false,
  }),
  signOutOfAccount: actionCase({
    arrange: async () => ({ input: {}, context: null }),
    allowed: (actor) => Boolean(actor.role),
    audited: false,
  }),
};
