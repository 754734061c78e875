import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { shutDown } from "@/lib/runtime/serve";

// A stand-in for `next start`: on SIGTERM it takes a while to finish what it is doing, then exits.
function slowServer(finishMs: number, ignoreTerm = false) {
  const child = spawn(process.execPath, ["-e", `process.on("SIGTERM", () => { ${ignoreTerm ? "" : `setTimeout(() => { console.log("finished"); process.exit(0); }, ${finishMs});`} }); setInterval(() => {}, 1000); console.log("ready");`], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  const ready = new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  return { child, ready, output: () => output };
}

describe("shutting down", () => {
  it("lets the app finish what is in flight before the database stops", async () => {
    const server = slowServer(400);
    await server.ready;
    const order: string[] = [];
    server.child.on("exit", () => order.push("app exited"));
    await shutDown(server.child, { stop: async () => void order.push("database stopped") });
    expect(order).toEqual(["app exited", "database stopped"]);
    expect(server.output()).toContain("finished");
  });

  it("kills an app that does not finish within the grace period, then stops the database", async () => {
    const server = slowServer(0, true);
    await server.ready;
    const order: string[] = [];
    server.child.on("exit", (_code, signal) => order.push(`app ${signal}`));
    await shutDown(server.child, { stop: async () => void order.push("database stopped") }, 300);
    expect(order).toEqual(["app SIGKILL", "database stopped"]);
  });
});
