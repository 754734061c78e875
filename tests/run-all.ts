// `npm test`: type-check, lint, Vitest (unit + integration on a real PostgreSQL), then Playwright against
// `next start` in Chromium — stopping at the first failing stage, and printing how long each took.
import { spawn } from "node:child_process";

const stages: { name: string; command: string; args: string[] }[] = [
  { name: "type-check", command: "npx", args: ["tsc", "--noEmit"] },
  { name: "lint", command: "npx", args: ["eslint", "--max-warnings=0", "."] },
  { name: "vitest", command: "npx", args: ["vitest", "run"] },
  { name: "build", command: "npx", args: ["tsx", "lib/runtime/build-cli.ts"] },
  { name: "playwright", command: "npx", args: ["playwright", "test"] },
];

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const only = process.argv.slice(2);
  const timings: [string, string, string][] = [];
  let failed = false;
  for (const stage of stages.filter((s) => only.length === 0 || only.includes(s.name))) {
    console.log(`\n▶ ${stage.name}`);
    const started = performance.now();
    const code = await run(stage.command, stage.args);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    timings.push([stage.name, `${seconds}s`, code === 0 ? "ok" : `failed (${code})`]);
    if (code !== 0) {
      failed = true;
      break;
    }
  }
  console.log("\nstage        time     result");
  for (const [name, time, result] of timings) {
    console.log(`${name.padEnd(12)} ${time.padStart(7)}  ${result}`);
  }
  process.exit(failed ? 1 : 0);
}

void main();
