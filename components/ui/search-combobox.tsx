"use client";
// Choosing one of hundreds (a person, an agreement): a combobox (React Aria: labels, arrows,
// Enter, Escape and screen-reader announcements come from the library) whose options come from
// the server's search (`/api/search/<source>`, at most `searchLimit` matches, and the list says
// when there are more). The chosen id posts as a plain form field named `name`; `textName`
// also posts what was typed, so a page can resolve the text when scripts never ran.
import { useEffect, useState, type KeyboardEvent } from "react";
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text, type Key } from "react-aria-components";
import { useI18n } from "@/components/i18n/i18n-provider";
import { searchLimit, type SearchItem, type SearchResult, type SearchSource } from "@/lib/search/results";

/** How long typing pauses before the server is asked, so each keystroke is not a request. */
const typingPauseMs = 200;

type Props = {
  label: string;
  name: string;
  source: SearchSource;
  /** The item chosen when the form is shown (the saved record's, or the one a refusal kept). */
  defaultItem?: SearchItem | null;
  /** Also post the typed text under this name (for a form that must work without scripts). */
  textName?: string;
  hint?: string;
  error?: string;
};

type Search = { status: "idle" | "searching" | "failed" } | { status: "done"; result: SearchResult };

export function SearchCombobox({ label, name, source, defaultItem = null, textName, hint, error }: Props) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<SearchItem | null>(defaultItem);
  const [text, setText] = useState(defaultItem?.label ?? "");
  // What to ask the server: nothing until the reader types or opens the list.
  const [query, setQuery] = useState<string | null>(null);
  const [search, setSearch] = useState<Search>({ status: "idle" });
  const items = search.status === "done" ? search.result.items : chosen ? [chosen] : [];

  useEffect(() => {
    if (query === null || (chosen && query === chosen.label)) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setSearch({ status: "searching" });
      fetch(`/api/search/${source}?${new URLSearchParams({ q: query })}`, { signal: controller.signal, headers: { accept: "application/json" } })
        .then(async (response) => {
          if (!response.ok) throw new Error(`search answered ${response.status}`);
          setSearch({ status: "done", result: (await response.json()) as SearchResult });
        })
        .catch(() => {
          if (!controller.signal.aborted) setSearch({ status: "failed" });
        });
    }, typingPauseMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, chosen, source]);

  const choose = (key: Key | null) => {
    const item = items.find((candidate) => candidate.id === key) ?? null;
    setChosen(item);
    if (item) setText(item.label);
  };
  const type = (value: string) => {
    setText(value);
    setQuery(value);
    if (chosen && value !== chosen.label) setChosen(null);
  };
  // Escape closes the list and puts back the chosen name (empty when typing replaced it), in the
  // same update as React Aria's own revert, so the changed text does not reopen the list.
  const revertOnEscape = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Escape") setText(chosen?.label ?? "");
  };

  return (
    <ComboBox
      className="space-y-1"
      items={items}
      inputValue={text}
      onInputChange={type}
      selectedKey={chosen?.id ?? null}
      onSelectionChange={choose}
      menuTrigger="input"
      onOpenChange={(isOpen) => {
        if (isOpen && query === null) setQuery(chosen ? "" : text);
      }}
      allowsEmptyCollection
      isInvalid={Boolean(error)}
    >
      <Label className="block text-sm font-medium text-gray-800">{label}</Label>
      <Text slot="description" className="block text-xs text-gray-600">
        {hint ?? t("forms.searchHint")}
      </Text>
      <div className="flex rounded-md border border-gray-300 bg-white shadow-sm focus-within:border-primary-600 focus-within:ring-2 focus-within:ring-primary-600/30 data-[invalid]:border-red-600">
        <Input name={textName} onKeyDown={revertOnEscape} className="block w-full min-w-0 rounded-md px-3 py-2 text-sm focus:outline-none" />
        <Button className="min-h-6 min-w-10 px-2 text-gray-600">
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <input type="hidden" name={name} value={chosen?.id ?? ""} />
      {error ? (
        <Text slot="errorMessage" className="block text-sm text-red-700">
          {error}
        </Text>
      ) : null}
      <Popover className="max-h-80 w-(--trigger-width) overflow-auto rounded-md border border-gray-200 bg-white shadow-lg" offset={4}>
        <ListBox<SearchItem> className="outline-none" renderEmptyState={() => <p className="px-3 py-2 text-sm text-gray-700">{emptyText(search, text, t)}</p>}>
          {(item) => (
            <ListBoxItem id={item.id} textValue={item.label} className="cursor-default px-3 py-2 text-sm outline-none data-[focused]:bg-primary-50 data-[selected]:font-semibold">
              {item.label}
              {item.detail ? <span className="block text-xs text-gray-600">{item.detail}</span> : null}
            </ListBoxItem>
          )}
        </ListBox>
        {search.status === "done" && search.result.hasMore ? (
          <p role="status" className="border-t border-gray-200 px-3 py-2 text-xs text-gray-700">
            {t("forms.moreMatches", { count: searchLimit })}
          </p>
        ) : null}
      </Popover>
    </ComboBox>
  );
}

function emptyText(search: Search, text: string, t: ReturnType<typeof useI18n>["t"]): string {
  if (search.status === "failed") return t("forms.searchFailed");
  if (search.status === "done") return t("forms.noMatches", { text });
  return t("forms.searching");
}
