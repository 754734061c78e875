import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/[tenant]/(portal)/people/[id]/avatar/route";
import { removeAvatarAction, uploadAvatarAction } from "@/lib/actions/avatar";
import { resizeAvatar } from "@/lib/alumni/avatar/resize";
import { db } from "@/lib/db";
import { createAlumnus, createMember, createTenant } from "../support/factories";
import { fileOf, pngOf } from "../support/images";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSession: async () => (session.userId ? { user: { id: session.userId }, memberships: [], expires: "" } : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && String((error as { digest?: string }).digest).includes("404");
}

beforeEach(() => {
  session.userId = null;
});

// Company B's owner, holding company A's slug and profile id, neither sees nor changes A's photos.
describe("profile photos across tenants", () => {
  it("answers 404 to another company's owner, for the photo and for both actions", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const { profile } = await createAlumnus(a.id);
    const images = await resizeAvatar(await pngOf(64, 64));
    await db.profileAvatar.create({ data: { tenantId: a.id, profileId: profile.id, ...images } });
    const { user: ownerOfB } = await createMember(b.id, "OWNER");
    session.userId = ownerOfB.id;

    for (const tenant of [a.slug, b.slug]) {
      const response = await GET(new Request(`http://localhost/${tenant}/people/${profile.id}/avatar`), { params: Promise.resolve({ tenant, id: profile.id }) });
      expect(response.status, tenant).toBe(404);
    }
    const form = new FormData();
    form.set("tenant", a.slug);
    form.set("photo", fileOf(await pngOf(80, 80), "x.png", "image/png"));
    await expect(uploadAvatarAction(null, form)).rejects.toSatisfy(isNotFound);
    await expect(removeAvatarAction(null, { tenant: a.slug })).rejects.toSatisfy(isNotFound);

    expect(await db.profileAvatar.findFirstOrThrow({ where: { profileId: profile.id } })).toMatchObject({ version: images.version });
  });
});
