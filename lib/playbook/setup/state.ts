import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { SETUP_STEPS, type Purpose, type SetupStep } from "./steps";

export type StepState = "done" | "skipped" | "todo";

export type SetupState = {
  purposes: Purpose[];
  purposeNote: string | null;
  wave: { size: number; everyDays: number; firstOn: Date; lastOn: Date | null } | null;
  inviteOnLastDay: boolean;
  handOutJoinLink: boolean;
  firstBroadcastId: string | null;
  reviewOn: Date | null;
  steps: { key: SetupStep; state: StepState }[];
  /** The first step neither done nor skipped; null once every step is. */
  next: SetupStep | null;
  complete: boolean;
};

/** Where the company's guided setup stands (a company that never opened it has every step to do). */
export const getSetup = cache(async (context: TenantContext): Promise<SetupState> => {
  const row = await db.programSetup.findUnique({ where: { tenantId: context.tenant.id } });
  const steps = SETUP_STEPS.map((key) => ({
    key,
    state: (row?.doneSteps.includes(key) ? "done" : row?.skippedSteps.includes(key) ? "skipped" : "todo") as StepState,
  }));
  return {
    purposes: (row?.purposes ?? []) as Purpose[],
    purposeNote: row?.purposeNote ?? null,
    wave: row?.waveSize && row.waveEveryDays && row.firstWaveOn ? { size: row.waveSize, everyDays: row.waveEveryDays, firstOn: row.firstWaveOn, lastOn: row.lastWaveOn } : null,
    inviteOnLastDay: row?.inviteOnLastDay ?? true,
    handOutJoinLink: row?.handOutJoinLink ?? true,
    firstBroadcastId: row?.firstBroadcastId ?? null,
    reviewOn: row?.reviewOn ?? null,
    steps,
    next: steps.find((s) => s.state === "todo")?.key ?? null,
    complete: Boolean(row?.completedAt),
  };
});
