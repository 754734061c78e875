import { getTranslations } from "next-intl/server";
import type { StepState } from "@/lib/playbook/setup/state";

/** A step's number, or a tick when done, or a dash when skipped — with its state said in words for screen readers. */
export async function StepMark({ state, index }: { state: StepState; index: number }) {
  const t = await getTranslations("setup.state");
  const look = state === "done" ? "bg-emerald-600 text-white" : state === "skipped" ? "bg-stone-300 text-stone-700" : "border border-stone-400 text-stone-700";
  return (
    <span className={`inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-bold ${look}`}>
      <span aria-hidden>{state === "done" ? "✓" : state === "skipped" ? "–" : index}</span>
      <span className="sr-only">{t(state)}</span>
    </span>
  );
}
