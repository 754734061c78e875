import type { ReactNode } from "react";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { Card } from "@/components/ui/card";

/** The plain frame of the public join pages: language switch and one card. */
export function JoinFrame({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="flex justify-end px-4 py-3">
        <LocaleSwitcher />
      </header>
      <main id="main" className="mx-auto max-w-lg px-4 pb-16">
        <Card>{children}</Card>
      </main>
    </div>
  );
}
