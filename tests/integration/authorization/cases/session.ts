// Choosing the language, signing out and ending one's own sessions: the actions every caller has.
import { testDb } from "../../../helpers/factories";
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
  // A fresh session of the manager's on another device: only its holder may end it; to anyone
  // else it does not exist.
  endMySession: actionCase({
    arrange: async (world) => {
      const session = await testDb.userSession.create({ data: { userId: world.actors.manager.id, userAgent: "another device" }, select: { id: true } });
      return { input: { sessionId: session.id }, context: { holderId: world.actors.manager.id } };
    },
    allowed: (actor, _world, context) => actor.id === context.holderId,
    visible: (actor, _world, context) => actor.id === context.holderId,
  }),
  endMyOtherSessions: actionCase({
    arrange: async () => ({ input: {}, context: null }),
    allowed: (actor) => Boolean(actor.role),
  }),
};
