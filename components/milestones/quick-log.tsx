"use client";
// "Log update" on the officer's list: a disclosure that opens the progress form right under the
// row. Focus moves into the form when it opens and back to the button when it closes (Escape,
// the close button, or a successful save, which is announced).
import Link from "next/link";
import { useCallback, useId, useRef, useState, type KeyboardEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button, buttonClasses } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ProgressForm, type ProgressFormMilestone } from "./progress-form";

export function QuickLog({ milestone, title, today }: { milestone: ProgressFormMilestone; title: string; today: string }) {
  const { t } = useI18n();
  const [isOpen, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [formKey, setFormKey] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const isHydrated = useHydrated();

  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);

  const saved = useCallback(() => {
    setAnnouncement(t("progress.savedFor", { title }));
    setFormKey((key) => key + 1);
    close();
  }, [close, t, title]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  };

  // Before the script runs the disclosure cannot open: lead to the milestone page's own form.
  if (!isHydrated) {
    return (
      <Link href={`/milestones/${milestone.id}#log-heading`} className={buttonClasses("secondary")}>
        {t("progress.logUpdate")}
        <span className="sr-only">: {title}</span>
      </Link>
    );
  }

  return (
    <div>
      <button
        ref={button}
        type="button"
        className={buttonClasses("secondary")}
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => {
          setAnnouncement("");
          setOpen((open) => !open);
        }}
      >
        {t("progress.logUpdate")}
        <span className="sr-only">: {title}</span>
      </button>
      <p role="status" className="mt-1 text-sm text-green-800">
        {announcement}
      </p>
      <div id={panelId} hidden={!isOpen} onKeyDown={onKeyDown} className="mt-3 rounded-md border border-gray-200 bg-gray-50 p-4">
        {isOpen ? (
          <>
            <div className="mb-3 flex items-center justify-between gap-2">
              <h3 className="font-medium">{t("progress.logUpdateFor", { title })}</h3>
              <Button variant="ghost" onClick={close}>
                {t("progress.close")}
              </Button>
            </div>
            <ProgressForm key={formKey} milestone={milestone} today={today} onSaved={saved} autoFocus />
          </>
        ) : null}
      </div>
    </div>
  );
}
