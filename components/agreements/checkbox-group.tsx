// A labelled group of checkboxes sharing one name (parties, witnesses), with its hint and error
// linked to the group.
import { useId } from "react";

export function CheckboxGroup({
  legend,
  hint,
  name,
  options,
  checked,
  error,
  compact = false,
}: {
  legend: string;
  hint?: string;
  name: string;
  options: { id: string; label: string }[];
  checked: readonly string[];
  error?: string;
  compact?: boolean;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} className="space-y-2">
      <legend className={compact ? "text-sm font-medium" : "text-lg font-semibold"}>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-gray-600">
          {hint}
        </p>
      ) : null}
      <div className="grid gap-2 md:grid-cols-2">
        {options.map((option) => (
          <label key={option.id} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name={name} value={option.id} defaultChecked={checked.includes(option.id)} className="mt-0.5 h-4 w-4" />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
