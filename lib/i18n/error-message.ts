/** Splits an error such as `errors.tooLong|max=200` into its message key and values. */
export function parseErrorMessage(message: string): { key: string; values: Record<string, string> } {
  const [key = message, ...rest] = message.split("|");
  return { key, values: Object.fromEntries(rest.map((part) => part.split("=") as [string, string])) };
}
