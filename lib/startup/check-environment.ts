import { parseEnv } from "@/lib/env";

/** Stops a starting server whose environment is invalid, naming each bad variable. */
export function checkEnvironmentOrExit(): void {
  try {
    parseEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
