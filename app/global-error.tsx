"use client";
// The last resort when even the root layout fails: no translations are available here, so it
// says the one thing it must in all three languages.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main style={{ maxWidth: 640, margin: "4rem auto", fontFamily: "system-ui, sans-serif" }}>
          <h1>Something went wrong · Ralat berlaku · 出现错误</h1>
          <button type="button" onClick={reset}>
            Try again · Cuba lagi · 重试
          </button>
        </main>
      </body>
    </html>
  );
}
