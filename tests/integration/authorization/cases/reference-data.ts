// Users, organisations and people: reference data only administrators keep.
import { canChangeUserAccess, canManageReferenceData, canManageUsers } from "@/lib/permissions";
import { createOrganisation, createUser, testDb, unique } from "../../../helpers/factories";
import { actionCase, type ActionCase } from "../cases";

const organisationForm = () => ({ nameEn: unique("Matrix ministry"), nameMs: "Kementerian", nameZh: "部", acronym: "MM", country: "MY", side: "MALAYSIA", kind: "MINISTRY" });

export const referenceDataCases: Record<string, ActionCase> = {
  createUser: actionCase({
    arrange: async (world) => ({
      input: { name: "Matrix officer", email: `${unique("matrix")}@test.example`, role: "OFFICER", organisationId: world.malaysia.id, password: "a-long-password-1" },
      context: null,
    }),
    allowed: (actor) => canManageUsers(actor),
  }),
  // Changes the target's role, so the access rule (no one changes their own access) is asked too.
  updateUser: actionCase({
    arrange: async () => {
      const target = await createUser({ role: "MANAGER" });
      return { input: { id: target.id, version: target.version, name: "Renamed", role: "WG_MEMBER", organisationId: "", isActive: "true" }, context: { target } };
    },
    allowed: (actor, _world, { target }) => canManageUsers(actor) && canChangeUserAccess(actor, target),
  }),
  createOrganisation: actionCase({
    arrange: async () => ({ input: organisationForm(), context: null }),
    allowed: (actor) => canManageReferenceData(actor),
  }),
  updateOrganisation: actionCase({
    arrange: async () => {
      const organisation = await createOrganisation();
      return { input: { ...organisationForm(), id: organisation.id, version: organisation.version, isRetired: "false" }, context: null };
    },
    allowed: (actor) => canManageReferenceData(actor),
  }),
  // An organisation nothing refers to, so it may really be deleted (not only retired).
  deleteOrganisation: actionCase({
    arrange: async () => {
      const organisation = await createOrganisation();
      return { input: { id: organisation.id, version: organisation.version }, context: null };
    },
    allowed: (actor) => canManageReferenceData(actor),
  }),
  createPerson: actionCase({
    arrange: async (world) => ({ input: { name: unique("Matrix person"), titleEn: "Director", organisationId: world.china.id, side: "CHINA" }, context: null }),
    allowed: (actor) => canManageReferenceData(actor),
  }),
  updatePerson: actionCase({
    arrange: async (world) => {
      const person = await testDb.person.create({ data: { name: unique("Matrix person"), organisationId: world.malaysia.id, side: "MALAYSIA" } });
      return {
        input: { id: person.id, version: person.version, name: unique("Renamed person"), titleEn: "Deputy", organisationId: world.malaysia.id, side: "MALAYSIA", email: "", isRetired: "false" },
        context: null,
      };
    },
    allowed: (actor) => canManageReferenceData(actor),
  }),
};
