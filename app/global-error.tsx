"use client";

// Replaces the root layout when it fails, so no translations are loaded: both languages, side by side.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ja">
      <body style={{ fontFamily: "system-ui, sans-serif", display: "grid", placeItems: "center", minHeight: "100vh", margin: 0 }}>
        <main style={{ textAlign: "center", padding: 24 }}>
          <h1>問題が発生しました / Something went wrong</h1>
          <p>しばらくしてからもう一度お試しください。 / Please try again in a moment.</p>
          <button type="button" onClick={() => reset()} style={{ padding: "8px 16px" }}>
            再試行 / Try again
          </button>
        </main>
      </body>
    </html>
  );
}
