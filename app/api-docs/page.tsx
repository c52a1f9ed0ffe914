// The API reference, read by anyone (it describes the API, not the data): rendered on the server
// from the same OpenAPI document /api/v1/openapi.json serves, the page's words in the reader's language.
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { problemKinds, problemTypeBase } from "@/lib/api/problem";
import { getTranslations, pageTitle } from "@/lib/i18n/server";

export const generateMetadata = pageTitle("apiTokens.docs.title");

type Operation = { summary?: string };

export default async function ApiDocsPage() {
  const { t } = await getTranslations();
  const document = buildOpenApiDocument();
  const operations = Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase(), path: `/api/v1${path}`, summary: operation.summary ?? "" })),
  );
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-8 px-4 py-8">
      <h1 className="text-2xl font-semibold text-gray-900">{t("apiTokens.docs.title")}</h1>
      <p className="text-gray-700">{t("apiTokens.docs.intro", { version: document.info.version })}</p>
      <p>
        <a className="text-primary-700 underline" href="/api/v1/openapi.json">
          {t("apiTokens.docs.document")}
        </a>
      </p>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("apiTokens.docs.auth")}</h2>
        <p className="text-sm text-gray-700">{t("apiTokens.docs.authText")}</p>
        <pre className="overflow-x-auto rounded bg-gray-100 p-3 text-xs">curl -H &quot;Authorization: Bearer mou_pat_…&quot; https://…/api/v1/milestones</pre>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("apiTokens.docs.conventions")}</h2>
        <p className="text-sm text-gray-700">{t("apiTokens.docs.conventionsText")}</p>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("apiTokens.docs.endpoints")}</h2>
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col">{t("apiTokens.docs.method")}</th>
              <th scope="col">{t("apiTokens.docs.path")}</th>
              <th scope="col">{t("apiTokens.docs.summary")}</th>
            </tr>
          </thead>
          <tbody>
            {operations.map((operation) => (
              <tr key={`${operation.method} ${operation.path}`} className="border-t border-gray-200">
                <td className="py-1 font-mono">{operation.method}</td>
                <td className="py-1 font-mono">{operation.path}</td>
                <td className="py-1">{operation.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("apiTokens.docs.problems")}</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {Object.entries(problemKinds).map(([kind, { status, title }]) => (
            <div key={kind} id={`problem-${kind}`} className="contents">
              <dt className="font-mono">{status} {problemTypeBase}{kind}</dt>
              <dd>{title}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("apiTokens.docs.schemas")}</h2>
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <details key={name} id={`schema-${name}`}>
            <summary className="cursor-pointer font-mono text-sm">{name}</summary>
            <pre className="overflow-x-auto rounded bg-gray-100 p-3 text-xs">{JSON.stringify(schema, null, 2)}</pre>
          </details>
        ))}
      </section>
    </main>
  );
}
