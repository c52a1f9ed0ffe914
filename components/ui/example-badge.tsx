import { Badge } from "./badge";

/** Marks invented demo records, so they are never mistaken for facts. */
export function ExampleBadge({ label }: { label: string }) {
  return <Badge tone="warning">{label}</Badge>;
}
