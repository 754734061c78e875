import type { ReactNode } from "react";

/** The title and one-line purpose at the top of a settings page. */
export function SettingsHeading({ title, lead }: { title: string; lead: ReactNode }) {
  return (
    <div>
      <h1 className="text-2xl font-bold text-stone-900">{title}</h1>
      <p className="mt-1 max-w-3xl text-stone-700">{lead}</p>
    </div>
  );
}
