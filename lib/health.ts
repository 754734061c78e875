import "server-only";
import { db } from "@/lib/db";
import { jobQueue } from "@/lib/jobs/boss";

/** Whether the database answers within the time limit. */
export function checkDatabase(timeoutMs = 2000): Promise<boolean> {
  return withinTime(db.$queryRaw`SELECT 1`.then(() => true), timeoutMs);
}

/** Whether the job queue (pg-boss) is started and its tables are there, within the time limit. */
export function checkJobQueue(timeoutMs = 2000): Promise<boolean> {
  return withinTime(jobQueue().then(async (boss) => (await boss.isInstalled()) === true), timeoutMs);
}

async function withinTime(check: Promise<boolean>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([check.catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
