// The header of pages reached without signing in (sign-in, unsubscribe): the name and the
// language switch, nothing that needs a session.
import { LanguageSwitch } from "@/components/shell/language-switch";

export function SignedOutHeader({ appName }: { appName: string }) {
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <span className="font-semibold text-gray-900">{appName}</span>
        <LanguageSwitch />
      </div>
    </header>
  );
}
