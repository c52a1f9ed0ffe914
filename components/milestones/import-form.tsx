"use client";
// Bulk import in two steps: check the file (nothing is written; every problem is named by row
// and column), then confirm. Confirming sends the same file again with the checksum of the one
// previewed; the server checks it all again before writing every row in one transaction.
import { useId, useState, useTransition, type FormEvent } from "react";
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { useErrorText } from "@/components/ui/form-status";
import { confirmImport, previewImport, type ImportPreview } from "@/lib/actions/imports";
import type { ActionResult } from "@/lib/actions/result";
import type { ImportKind } from "@/lib/import/columns";

interface SampleRow {
  number: number;
  cells: string[];
  hasProblem: boolean;
}

// Numbered as the spreadsheet shows them; marked where a problem was found.
function numberedSample(preview: ImportPreview): SampleRow[] {
  return preview.sample.map(({ number, cells }) => ({ number, cells, hasProblem: preview.problems.some((problem) => problem.row === number) }));
}

export function ImportForm() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [kind, setKind] = useState<ImportKind>("milestones");
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ActionResult<ImportPreview>>({ status: "idle" });
  const [phase, setPhase] = useState<"checking" | "writing" | null>(null);
  const [isPending, startTransition] = useTransition();
  const fileId = useId();
  const fileErrorId = `${fileId}-error`;

  const run = (step: "checking" | "writing") => {
    if (!file) {
      setResult({ status: "error", fieldErrors: { file: ["errors.required"] } });
      return;
    }
    const formData = new FormData();
    formData.set("kind", kind);
    formData.set("file", file);
    if (step === "writing" && result.status === "success") formData.set("sha256", result.data.sha256);
    setPhase(step);
    startTransition(async () => {
      const answer = step === "checking" ? await previewImport(undefined, formData) : await confirmImport(undefined, formData);
      setResult(answer);
      setPhase(null);
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    run("checking");
  };

  const preview = result.status === "success" ? result.data : null;
  const fileError = result.status === "error" ? (result.fieldErrors?.file?.[0] ?? (result.fieldErrors ? undefined : result.formError)) : undefined;
  const sampleRows = preview ? numberedSample(preview) : [];
  const canConfirm = preview !== null && preview.problems.length === 0 && preview.written === 0 && !isPending;

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="max-w-xl space-y-4" noValidate>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-gray-800">{t("imports.kind")}</legend>
          {(["milestones", "progress"] as const).map((option) => (
            <div key={option} className="flex items-center gap-2">
              <input
                id={`${fileId}-${option}`}
                type="radio"
                name="kind"
                value={option}
                checked={kind === option}
                onChange={() => {
                  setKind(option);
                  setResult({ status: "idle" });
                }}
              />
              <label htmlFor={`${fileId}-${option}`} className="text-sm">
                {t(`imports.kinds.${option}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="space-y-1">
          <label htmlFor={fileId} className="block text-sm font-medium text-gray-800">
            {t("imports.file")}
          </label>
          <p id={`${fileId}-hint`} className="text-xs text-gray-600">
            {t("imports.fileHint")}
          </p>
          <input
            id={fileId}
            type="file"
            name="file"
            accept=".csv,.xlsx"
            aria-describedby={`${fileId}-hint${fileError ? ` ${fileErrorId}` : ""}`}
            aria-invalid={Boolean(fileError)}
            className="block w-full text-sm"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setResult({ status: "idle" });
            }}
          />
          {fileError ? (
            <p id={fileErrorId} className="text-sm text-red-700">
              {errorText(fileError)}
            </p>
          ) : null}
        </div>
        <Button type="submit" disabled={isPending}>
          {t("imports.check")}
        </Button>
      </form>

      <div aria-live="polite">
        {isPending ? (
          <div className="max-w-xl space-y-1">
            <p className="text-sm">{phase === "writing" ? t("imports.writing") : t("imports.checking")}</p>
            <progress className="w-full" aria-label={phase === "writing" ? t("imports.writing") : t("imports.checking")} />
          </div>
        ) : null}
        {result.status === "error" && result.formError && !fileError ? (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
            {errorText(result.formError)}
          </div>
        ) : null}
        {preview && preview.written > 0 ? (
          <div role="status" className="rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-800">
            {t.rich("imports.done", {
              count: preview.written,
              link: (chunks) => (
                <Link href="/milestones">
                  {chunks}
                </Link>
              ),
            })}
          </div>
        ) : null}
        {preview && preview.written === 0 ? (
          <p role="status" className="text-sm font-medium">
            {preview.problems.length === 0 ? t("imports.ready", { count: preview.rowCount }) : t("imports.refused", { count: preview.rowCount, problems: preview.problems.length })}
          </p>
        ) : null}
      </div>

      {preview && preview.problems.length > 0 ? (
        <section aria-labelledby="import-problems" className="space-y-2">
          <h2 id="import-problems" className="text-lg font-semibold">
            {t("imports.problemsTitle")}
          </h2>
          <DataTable
            caption={t("imports.problemsTitle")}
            rows={preview.problems}
            rowKey={(problem, index) => `${problem.row}-${problem.column}-${index}`}
            columns={[
              { key: "row", header: t("imports.row"), cell: (problem) => problem.row },
              { key: "column", header: t("imports.column"), className: "font-mono", cell: (problem) => problem.column || "—" },
              { key: "problem", header: t("imports.problem"), cell: (problem) => errorText(problem.message) },
            ]}
          />
        </section>
      ) : null}

      {canConfirm ? (
        <div className="flex gap-3">
          <Button onClick={() => run("writing")}>{t("imports.confirm", { count: preview.rowCount })}</Button>
        </div>
      ) : null}

      {preview && preview.sample.length > 0 ? (
        <section aria-labelledby="import-preview" className="space-y-2">
          <h2 id="import-preview" className="text-lg font-semibold">
            {t("imports.previewTitle")}
          </h2>
          {preview.rowCount > preview.sample.length ? <p className="text-sm text-gray-600">{t("imports.previewLimited", { shown: preview.sample.length, count: preview.rowCount })}</p> : null}
          <DataTable
            caption={t("imports.previewTitle")}
            scrollLabelledBy="import-preview"
            rowHeader
            rows={sampleRows}
            rowKey={(row) => String(row.number)}
            rowClassName={(row) => (row.hasProblem ? "bg-red-50" : undefined)}
            columns={[
              {
                key: "row",
                header: t("imports.row"),
                cell: (row) => (
                  <>
                    {row.number}
                    {row.hasProblem ? <span className="ml-1 text-red-800">{t("compose.parenthetical", { text: t("imports.hasProblem") })}</span> : null}
                  </>
                ),
              },
              ...preview.header.map((name, index) => ({
                key: `${name}-${index}`,
                header: <span className="font-mono">{name}</span>,
                className: "max-w-xs truncate",
                cell: (row: SampleRow) => row.cells[index] ?? "",
              })),
            ]}
          />
        </section>
      ) : null}
    </div>
  );
}
