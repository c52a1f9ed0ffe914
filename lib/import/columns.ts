// The columns of the two import files (and their templates). Shared by the template download,
// the validator and the page that explains them.
export const importKinds = ["milestones", "progress"] as const;
export type ImportKind = (typeof importKinds)[number];

export const milestoneColumns = [
  "area_id",
  "title_en",
  "title_ms",
  "title_zh",
  "description_en",
  "description_ms",
  "description_zh",
  "owner_organisation",
  "owner_side",
  "responsible_email",
  "start_on",
  "target_on",
  "weight",
  "indicator_unit",
  "indicator_baseline",
  "indicator_target",
] as const;

export const progressColumns = ["milestone_id", "reported_on", "percent_complete", "indicator_actual", "status", "narrative", "blockers", "evidence_url"] as const;

export const requiredColumns: Record<ImportKind, readonly string[]> = {
  milestones: ["area_id", "title_en", "description_en", "owner_organisation", "owner_side", "start_on", "target_on"],
  progress: ["milestone_id", "reported_on", "status", "narrative"],
};

export const columnsOf = (kind: ImportKind): readonly string[] => (kind === "milestones" ? milestoneColumns : progressColumns);

export const maxImportRows = 5000;
export const maxImportBytes = 5 * 1024 * 1024;

export interface ImportProblem {
  /** The spreadsheet row number (the header is row 1). */
  row: number;
  column: string;
  /** A message key, possibly with `|name=value` parameters. */
  message: string;
}
