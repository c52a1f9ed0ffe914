// A confirmed action that answers with something to show once (a new secret): nothing is sent
// until the dialog's confirm button is pressed, and the answer is shown beside the trigger.
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { afterEach, describe, expect, it } from "vitest";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import type { Messages } from "@/lib/i18n/translate";
import en from "@/messages/en.json";

afterEach(cleanup);

const router: AppRouterInstance = { refresh: () => undefined, push: () => undefined, replace: () => undefined, back: () => undefined, forward: () => undefined, prefetch: () => undefined, bfcacheId: "test" };
const sent: Record<string, unknown>[] = [];

async function replaceSecret(_previous: unknown, formData: FormData): Promise<ActionResult<{ secret: string }>> {
  sent.push(formDataToObject(formData));
  return { status: "success", data: { secret: `whsec_new${sent.length}` } };
}

function renderControl() {
  return render(
    <AppRouterContext.Provider value={router}>
      <I18nProvider locale="en" messages={en as Messages}>
        <ConfirmAction
          action={replaceSecret}
          fields={{ id: "endpoint_1", version: 3 }}
          triggerLabel="New secret for https://hooks.example/"
          title="Replace this endpoint's secret?"
          body="The old secret stops working at once."
          confirmLabel="Replace the secret"
          afterSuccess={(data) => <p role="status">{`Shown once: ${(data as { secret: string }).secret}`}</p>}
        />
      </I18nProvider>
    </AppRouterContext.Provider>,
  );
}

describe("a confirmed action with an answer to show", () => {
  it("sends nothing until confirmed, then shows the answer beside the trigger", async () => {
    renderControl();
    fireEvent.click(screen.getByRole("button", { name: "New secret for https://hooks.example/" }));
    expect(sent).toHaveLength(0);
    expect(screen.queryByText(/Shown once/)).toBeNull();

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Replace the secret", hidden: true }));
    });
    expect(await screen.findByText("Shown once: whsec_new1")).toBeTruthy();
    expect(sent).toEqual([{ id: "endpoint_1", version: "3" }]);
  });
});
