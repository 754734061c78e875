// Runs inside its own Node process (react-server conditions, like the app's server code): generates a
// 50,000-row Shift_JIS roster, previews it, imports it, imports it again, and prints the figures as JSON.
import { writeFileSync } from "node:fs";
import iconv from "iconv-lite";
import { db } from "@/lib/db";
import { previewRoster } from "@/lib/roster/preview";
import { importRoster } from "@/lib/roster/import-roster";
import { readRosterUpload } from "@/lib/roster/storage";
import { resolveTenantContext } from "@/lib/tenancy/resolve";

const ROWS = Number(process.env.BENCH_ROSTER_ROWS ?? 50_000);
const FILE = ".data/bench/roster-50k.csv";
const DEPARTMENTS = ["営業部", "開発部", "人事部", "マーケティング部", "経理部"];

function generate(): number {
  const lines = ["社員番号,氏名,フリガナ,メールアドレス,部署,入社日,退職日,雇用形態"];
  for (let i = 0; i < ROWS; i++) {
    const year = 1995 + (i % 25);
    lines.push(`B${String(i).padStart(6, "0")},社員 ${i}号,しゃいん ${i},employee${i}@example.co.jp,${DEPARTMENTS[i % 5]},${year}/4/1,${year + 3}/3/31,${i % 7 ? "正社員" : "契約社員"}`);
  }
  const bytes = iconv.encode(`${lines.join("\r\n")}\r\n`, "Shift_JIS");
  writeFileSync(FILE, bytes);
  return bytes.length;
}

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { seconds: (performance.now() - started) / 1000, value };
}

async function main() {
  const bytes = generate();
  const slug = `bench-roster-${Date.now().toString(36)}`;
  const tenant = await db.tenant.create({ data: { slug, name: "ベンチマーク株式会社" } });
  const user = await db.user.create({ data: { email: `${slug}@example.com`, name: "Bench HR" } });
  await db.membership.create({ data: { tenantId: tenant.id, userId: user.id, role: "HR" } });
  const context = (await resolveTenantContext(slug, user.id))!;

  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);

  try {
    const preview = await timed(() => previewRoster(readRosterUpload(FILE)));
    const newImport = () =>
      db.rosterImport.create({ data: { tenantId: tenant.id, fileName: "bench.csv", storedPath: FILE, byteSize: bytes, createdById: user.id }, select: { id: true } });
    const first = await timed(async () => importRoster(context, (await newImport()).id, readRosterUpload(FILE), preview.value.mapping));
    const again = await timed(async () => importRoster(context, (await newImport()).id, readRosterUpload(FILE), preview.value.mapping));
    clearInterval(sampler);
    console.log(
      JSON.stringify({
        rows: ROWS,
        megabytes: bytes / 1024 / 1024,
        previewSeconds: preview.seconds,
        importSeconds: first.seconds,
        created: first.value.created,
        reimportSeconds: again.seconds,
        unchanged: again.value.unchanged,
        peakRssGrowthMb: (peak - baseline) / 1024 / 1024,
      }),
    );
  } finally {
    clearInterval(sampler);
    await db.tenant.delete({ where: { id: tenant.id } });
    await db.user.delete({ where: { id: user.id } });
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
