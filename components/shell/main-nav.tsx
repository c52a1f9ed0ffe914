"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** The main navigation as a bar (one row, wide screens) or as a column (inside the site menu). */
export function MainNav({ label, items, layout }: { label: string; items: { href: string; label: string }[]; layout: "bar" | "menu" }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className={layout === "bar" ? "flex gap-1" : "grid gap-1"}>
        {items.map((item) => {
          const isCurrent = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent ? "page" : undefined}
                className={`block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium no-underline ${isCurrent ? "bg-primary-50 text-primary-800" : "text-gray-700 hover:bg-gray-100 hover:no-underline"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
