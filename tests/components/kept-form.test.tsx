// A refused submission keeps every kind of control as the user left it: text, textarea, select,
// radio, checkbox groups, date, repeated rows; a file input says the file must be chosen again.
// The answer is built by the same echo the action wrapper sends (lib/actions/form-data.ts).
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { afterEach, describe, expect, it } from "vitest";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { FileField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { echoValues, formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import en from "@/messages/en.json";
import type { Messages } from "@/lib/i18n/translate";

afterEach(cleanup);

const submitted: Record<string, unknown>[] = [];

/** Refuses like the wrapper does when the schema fails: field errors plus the echo of what was sent. */
async function refuse(_previous: unknown, formData: FormData): Promise<ActionResult<undefined>> {
  submitted.push(formDataToObject(formData));
  return { status: "error", formError: "errors.invalidInput", fieldErrors: { titleEn: ["errors.required"] }, values: echoValues(formData) };
}

const saved = { status: "AT_RISK", rows: [{ title: "Saved row", side: "CHINA" }] };

function EveryControl() {
  const form = useKeptForm(refuse);
  const rows = form.rows("rows", [...saved.rows, { title: "", side: "" }]);
  const parties = form.list("partyIds", ["org_my"]);
  return (
    <form key={form.key} action={form.formAction} noValidate>
      <FormStatus state={form.state} />
      <TextField label="Title" name="titleEn" defaultValue={form.value("titleEn")} error={form.error("titleEn")} />
      <TextAreaField label="Narrative" name="narrative" defaultValue={form.value("narrative")} />
      <SelectField
        label="Status"
        name="status"
        defaultValue={form.value("status", saved.status)}
        options={["ON_TRACK", "AT_RISK", "OFF_TRACK", "COMPLETED"].map((value) => ({ value, label: value }))}
      />
      <fieldset>
        <legend>Side</legend>
        {["MALAYSIA", "CHINA"].map((side) => (
          <label key={side}>
            <input type="radio" name="side" value={side} defaultChecked={form.value("side", "MALAYSIA") === side} />
            {side}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Parties</legend>
        {["org_my", "org_cn", "org_other"].map((id) => (
          <label key={id}>
            <input type="checkbox" name="partyIds" value={id} defaultChecked={parties.includes(id)} />
            {id}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" name="isExample" value="on" defaultChecked={form.isChecked("isExample", "on", false)} />
        Example
      </label>
      <TextField label="Reported on" name="reportedOn" type="date" defaultValue={form.value("reportedOn", "2026-01-01")} />
      {rows.map((row, index) => (
        <fieldset key={index}>
          <legend>{`Row ${index + 1}`}</legend>
          <TextField label={`Row ${index + 1} title`} name={`rows[${index}].title`} defaultValue={row.title} />
          <SelectField
            label={`Row ${index + 1} side`}
            name={`rows[${index}].side`}
            defaultValue={row.side}
            options={[
              { value: "", label: "—" },
              { value: "MALAYSIA", label: "Malaysia" },
              { value: "CHINA", label: "China" },
            ]}
          />
        </fieldset>
      ))}
      <FileField label="Evidence" name="evidence" isRefused={form.isRefused} />
      <button type="submit">Save</button>
    </form>
  );
}

// The app router a page would provide (the form refreshes it after a conflict of one's own).
const router: AppRouterInstance = { refresh: () => undefined, push: () => undefined, replace: () => undefined, back: () => undefined, forward: () => undefined, prefetch: () => undefined, bfcacheId: "test" };

function renderForm() {
  return render(
    <AppRouterContext.Provider value={router}>
      <I18nProvider locale="en" messages={en as Messages}>
        <EveryControl />
      </I18nProvider>
    </AppRouterContext.Provider>,
  );
}

const field = <T extends HTMLElement>(label: string) => screen.getByLabelText(label) as T;

describe("a refused form", () => {
  it("keeps every kind of control as the user left it", async () => {
    renderForm();
    fireEvent.change(field<HTMLInputElement>("Narrative"), { target: { value: "Typed narrative" } });
    fireEvent.change(field<HTMLSelectElement>("Status"), { target: { value: "COMPLETED" } });
    fireEvent.click(field<HTMLInputElement>("CHINA"));
    fireEvent.click(field<HTMLInputElement>("org_my"));
    fireEvent.click(field<HTMLInputElement>("org_other"));
    fireEvent.click(field<HTMLInputElement>("Example"));
    fireEvent.change(field<HTMLInputElement>("Reported on"), { target: { value: "2026-11-29" } });
    fireEvent.change(field<HTMLInputElement>("Row 2 title"), { target: { value: "Typed row" } });
    fireEvent.change(field<HTMLSelectElement>("Row 2 side"), { target: { value: "MALAYSIA" } });
    fireEvent.change(field<HTMLSelectElement>("Row 1 side"), { target: { value: "MALAYSIA" } });

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save" }));
    });
    await screen.findByRole("alert");

    // The rows arrived structured, not as parallel arrays.
    expect(submitted.at(-1)?.rows).toEqual([
      { title: "Saved row", side: "MALAYSIA" },
      { title: "Typed row", side: "MALAYSIA" },
    ]);
    expect(field<HTMLInputElement>("Title").getAttribute("aria-invalid")).toBe("true");
    expect(field<HTMLTextAreaElement>("Narrative").value).toBe("Typed narrative");
    expect(field<HTMLSelectElement>("Status").value).toBe("COMPLETED");
    expect(field<HTMLInputElement>("CHINA").checked).toBe(true);
    expect(field<HTMLInputElement>("MALAYSIA").checked).toBe(false);
    expect(field<HTMLInputElement>("org_my").checked).toBe(false);
    expect(field<HTMLInputElement>("org_cn").checked).toBe(false);
    expect(field<HTMLInputElement>("org_other").checked).toBe(true);
    expect(field<HTMLInputElement>("Example").checked).toBe(true);
    expect(field<HTMLInputElement>("Reported on").value).toBe("2026-11-29");
    expect(field<HTMLInputElement>("Row 1 title").value).toBe("Saved row");
    expect(field<HTMLSelectElement>("Row 1 side").value).toBe("MALAYSIA");
    expect(field<HTMLInputElement>("Row 2 title").value).toBe("Typed row");
    expect(field<HTMLSelectElement>("Row 2 side").value).toBe("MALAYSIA");
    expect(screen.getByText(en.forms.chooseFileAgain)).toBeTruthy();
  });

  it("shows the saved values and no file warning before anything is sent", () => {
    renderForm();
    expect(field<HTMLSelectElement>("Status").value).toBe("AT_RISK");
    expect(field<HTMLInputElement>("org_my").checked).toBe(true);
    expect(screen.queryByText(en.forms.chooseFileAgain)).toBeNull();
  });
});
