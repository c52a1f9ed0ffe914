/** Splits an error such as `errors.tooLong|max=200` into its message key and values. */
// Numbers stay numbers so that the message can choose its plural form and format them.
export function parseErrorMessage(message: string): { key: string; values: Record<string, string | number> } {
  const [key = message, ...rest] = message.split("|");
  return {
    key,
    values: Object.fromEntries(
      rest.map((part) => {
        const [name = "", value = ""] = part.split("=");
        return [name, /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value];
      }),
    ),
  };
}
