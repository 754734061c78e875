import { z } from "zod";

// One schema over process.env: a bad value stops start-up with a message naming the variable.
const booleanFlag = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((v) => v === "1" || v === "true");

const baseEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection URL"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (run `npm start` once to generate one)"),
  AUTH_URL: z.url().optional(),
  RESEND_API_KEY: z.string().startsWith("re_", "must be a Resend API key (re_…)").optional(),
  RESEND_BASE_URL: z.url().optional(),
  // Signs Resend's webhook deliveries (bounces, complaints); unset, the webhook endpoint answers 404.
  RESEND_WEBHOOK_SECRET: z.string().startsWith("whsec_", "must be a Resend webhook signing secret (whsec_…)").optional(),
  EMAIL_FROM: z.string().min(3).default("Kizuna <no-reply@kizuna.local>"),
  // Announcements go to Resend's batch endpoint (100 emails a call) at most this many calls a second per worker
  // process, so the account's rate limit holds (Resend's default is 2 a second); 0: no limit (a local sink).
  BROADCAST_REQUESTS_PER_SECOND: z.coerce.number().min(0).max(1000).default(2),
  // How long one batch of an announcement may take before pg-boss takes its worker for dead and runs it again
  // (the retry repeats the same Resend request under the same idempotency key: nobody gets it twice).
  BROADCAST_BATCH_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  // How often pg-boss looks for jobs whose worker died (expired) and other housekeeping.
  JOB_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  // Multiplies every abuse limit (lib/abuse/limits.ts); only tests that sign in many times from one address raise it.
  KIZUNA_RATE_LIMIT_FACTOR: z.coerce.number().int().min(1).max(10_000).default(1),
  // The /dev/mail outbox viewer shows every magic link: only ever on for a local, embedded-database run.
  KIZUNA_DEV_TOOLS: booleanFlag,
});

// Sign-in links are built from AUTH_URL; without it Auth.js would trust the request's (forgeable) Host headers.
export const envSchema = baseEnvSchema.superRefine((env, ctx) => {
  if (env.NODE_ENV === "production" && !env.AUTH_URL) {
    ctx.addIssue({ code: "custom", path: ["AUTH_URL"], message: "must be set in production: the public address of the app, e.g. https://alumni.example.com" });
  }
});

// Before start-up has a database and a secret (it provides both when they are missing), check everything else.
const preStartSchema = baseEnvSchema.partial({ DATABASE_URL: true, AUTH_SECRET: true });

export type Env = z.infer<typeof envSchema>;

export function formatEnvErrors(error: z.ZodError): string {
  return error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
}

// An empty variable (FOO=) means "not set", as in most deployment tools.
function present(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""));
}

/** The checks `npm start` runs before it starts anything; throws with every bad variable named. */
export function checkEnvBeforeStart(source: NodeJS.ProcessEnv = process.env): void {
  const result = preStartSchema.safeParse(present(source));
  if (!result.success) {
    throw new Error(`Invalid environment:\n${formatEnvErrors(result.error)}`);
  }
}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(present(source));
  if (!result.success) {
    throw new Error(`Invalid environment:\n${formatEnvErrors(result.error)}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

/** The local outbox viewer and other development aids: on only for local runs on the embedded database. */
export function devToolsEnabled(): boolean {
  return env().KIZUNA_DEV_TOOLS;
}
