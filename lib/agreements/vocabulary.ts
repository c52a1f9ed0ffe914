// The fixed choices of agreement records, shared by schemas, forms and filters (no zod here, so
// client components can import it cheaply).
export const agreementTypes = ["MOU", "LOI", "MOA", "AGREEMENT", "PROTOCOL", "EXCHANGE_OF_NOTES", "OTHER"] as const;
export type AgreementType = (typeof agreementTypes)[number];
export const relationTypes = ["RENEWS", "AMENDS", "SUPERSEDES"] as const;
export type RelationType = (typeof relationTypes)[number];
