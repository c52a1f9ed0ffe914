// The text of /.well-known/security.txt (RFC 9116): a contact, an expiry (required; kept six
// months ahead since the file is generated), the languages a report may be written in.
const sixMonthsMs = 182 * 86_400_000;

export function securityTxt(input: { contact: string; canonicalBase: string; now: Date }): string {
  return [
    `Contact: ${input.contact}`,
    `Expires: ${new Date(input.now.getTime() + sixMonthsMs).toISOString().replace(/\.\d{3}Z$/, "Z")}`,
    "Preferred-Languages: en, ms, zh",
    `Canonical: ${input.canonicalBase}/.well-known/security.txt`,
    "",
  ].join("\n");
}
