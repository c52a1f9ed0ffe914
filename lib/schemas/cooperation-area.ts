import { z, idSchema, optionalText, requiredText, versionSchema } from "./messages";

const areaFields = {
  clauseRef: optionalText(50),
  titleEn: requiredText(300),
  titleMs: optionalText(300),
  titleZh: optionalText(300),
  clauseTextEn: optionalText(5000),
  clauseTextMs: optionalText(5000),
  clauseTextZh: optionalText(5000),
};

export const createCooperationAreaSchema = z.strictObject({ agreementId: idSchema, ...areaFields });
export type CreateCooperationAreaInput = z.infer<typeof createCooperationAreaSchema>;

export const updateCooperationAreaSchema = z.strictObject({ id: idSchema, version: versionSchema, ...areaFields });
export type UpdateCooperationAreaInput = z.infer<typeof updateCooperationAreaSchema>;

export const moveCooperationAreaSchema = z.strictObject({ id: idSchema, version: versionSchema, direction: z.enum(["up", "down"]) });
export type MoveCooperationAreaInput = z.infer<typeof moveCooperationAreaSchema>;

export const retireCooperationAreaSchema = z.strictObject({ id: idSchema, version: versionSchema });
export type RetireCooperationAreaInput = z.infer<typeof retireCooperationAreaSchema>;
