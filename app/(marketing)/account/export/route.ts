import { exportMyData } from "@/lib/account/export-data";
import { getSession } from "@/lib/auth/session";

/** The signed-in person's data as a JSON file. */
export async function GET() {
  const session = await getSession();
  if (!session) {
    return new Response("Not found", { status: 404 });
  }
  const data = await exportMyData(session.user.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="kizuna-my-data-${new Date().toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
}
