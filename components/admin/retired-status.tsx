// Reference data that something refers to is retired rather than deleted; organisations and
// people show and change that state the same way. Each passes its own words for it.
import { Badge } from "@/components/ui/badge";
import { SelectField } from "@/components/ui/field";

export interface RetiredLabels {
  inUse: string;
  retired: string;
}

export function RetiredBadge({ isRetired, labels }: { isRetired: boolean; labels: RetiredLabels }) {
  return <Badge tone={isRetired ? "neutral" : "success"}>{isRetired ? labels.retired : labels.inUse}</Badge>;
}

/** Only on edit forms: a new record is always in use. */
export function RetiredField({ label, labels, defaultValue, error }: { label: string; labels: RetiredLabels; defaultValue: string; error?: string }) {
  return (
    <SelectField
      label={label}
      name="isRetired"
      defaultValue={defaultValue}
      options={[
        { value: "false", label: labels.inUse },
        { value: "true", label: labels.retired },
      ]}
      error={error}
    />
  );
}
