import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SetupState } from "@/lib/playbook/setup/state";
import type { SetupStep } from "@/lib/playbook/setup/steps";
import { StepMark } from "./step-mark";

/** The steps across the top of each setup screen: where one is, what is done, any step reachable. */
export async function SetupStepsNav({ tenant, setup, current }: { tenant: string; setup: SetupState; current?: SetupStep }) {
  const t = await getTranslations("setup");
  return (
    <nav aria-label={t("stepsLabel")}>
      <ol className="flex flex-wrap gap-2">
        {setup.steps.map((s, i) => (
          <li key={s.key}>
            <Link
              href={`/${tenant}/admin/setup/${s.key}`}
              aria-current={s.key === current ? "step" : undefined}
              className={`flex items-center gap-2 rounded-full border px-3 py-1.5 text-sm ${s.key === current ? "border-brand-600 bg-brand-50 font-semibold" : "border-stone-200 bg-white hover:border-brand-600"}`}
            >
              <StepMark state={s.state} index={i + 1} />
              {t(`steps.${s.key}`)}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
