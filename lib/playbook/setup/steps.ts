import type { GoalMetric } from "@/lib/generated/prisma/enums";

// No "server-only": the setup's forms and checklist name the steps and purposes too.

/** The guided setup's steps, in order (issue #12): why, goals, plan, first message, first review. */
export const SETUP_STEPS = ["purpose", "goals", "plan", "message", "review"] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export const isSetupStep = (value: string): value is SetupStep => (SETUP_STEPS as readonly string[]).includes(value);

/** The common reasons companies run an alumni program; anything else goes in the company's own words. */
export const PURPOSES = ["REHIRING", "COLLABORATION", "ENGAGEMENT", "EMPLOYER_BRAND"] as const;
export type Purpose = (typeof PURPOSES)[number];

/**
 * The figures that show whether a purpose is being served, most telling first. Re-hiring needs people in the
 * network, people open to coming back and actual returns; collaboration needs interest in collaboration
 * openings; using alumni's voice needs them active; employer branding needs reach.
 */
export const PURPOSE_METRICS: Record<Purpose, readonly GoalMetric[]> = {
  REHIRING: ["REGISTERED", "OPEN_TO_RETURN", "RETURNS_365"],
  COLLABORATION: ["REGISTERED", "COLLABORATION_365", "ACTIVE_RATE_90"],
  ENGAGEMENT: ["ACTIVE_RATE_30", "REGISTRATION_RATE"],
  EMPLOYER_BRAND: ["REGISTRATION_RATE", "ACTIVE_RATE_90"],
};

/** How often a wave of invitations to past leavers goes out, in days. */
export const WAVE_INTERVALS = [7, 14, 30] as const;
