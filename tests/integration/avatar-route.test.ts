import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/[tenant]/(portal)/people/[id]/avatar/route";
import { resizeAvatar } from "@/lib/alumni/avatar/resize";
import { db } from "@/lib/db";
import { createAlumnus, createMember, createTenant } from "../support/factories";
import { pngOf } from "../support/images";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSession: async () => (session.userId ? { user: { id: session.userId }, memberships: [], expires: "" } : null),
}));

async function alumnaWithPhoto(visibility: object = {}) {
  const tenant = await createTenant();
  const alumna = await createAlumnus(tenant.id, { visibility });
  const avatar = await db.profileAvatar.create({
    data: { tenantId: tenant.id, profileId: alumna.profile.id, ...(await resizeAvatar(await pngOf(400, 400))) },
  });
  return { tenant, ...alumna, avatar };
}

function fetchAvatar(as: string | null, tenant: string, profileId: string, query = "") {
  session.userId = as;
  return GET(new Request(`http://localhost/${tenant}/people/${profileId}/avatar${query}`), { params: Promise.resolve({ tenant, id: profileId }) });
}

beforeEach(() => {
  session.userId = null;
});

describe("serving a profile photo", () => {
  it("serves a fellow member the photo as a privately cached WebP, forever for the current version", async () => {
    const { tenant, profile, avatar } = await alumnaWithPhoto();
    const { user: peer } = await createMember(tenant.id, "ALUMNI");
    const response = await fetchAvatar(peer.id, tenant.slug, profile.id, `?size=large&v=${avatar.version}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    expect(await sharp(Buffer.from(await response.arrayBuffer())).metadata()).toMatchObject({ width: 256, height: 256 });

    const small = await fetchAvatar(peer.id, tenant.slug, profile.id, "?size=small&v=old");
    expect(small.headers.get("cache-control")).toBe("private, no-cache");
    expect(await sharp(Buffer.from(await small.arrayBuffer())).metadata()).toMatchObject({ width: 64, height: 64 });
  });

  it("hides a company-only photo from fellow alumni but shows it to HR and its owner", async () => {
    const { tenant, user, profile } = await alumnaWithPhoto({ avatar: "STAFF" });
    const { user: peer } = await createMember(tenant.id, "ALUMNI");
    const { user: hr } = await createMember(tenant.id, "HR");
    expect((await fetchAvatar(peer.id, tenant.slug, profile.id)).status).toBe(404);
    expect((await fetchAvatar(hr.id, tenant.slug, profile.id)).status).toBe(200);
    expect((await fetchAvatar(user.id, tenant.slug, profile.id)).status).toBe(200);
  });

  it("shows a private photo to nobody but its owner", async () => {
    const { tenant, user, profile } = await alumnaWithPhoto({ avatar: "PRIVATE" });
    const { user: owner } = await createMember(tenant.id, "OWNER");
    expect((await fetchAvatar(owner.id, tenant.slug, profile.id)).status).toBe(404);
    expect((await fetchAvatar(user.id, tenant.slug, profile.id)).status).toBe(200);
  });

  it("answers 404 when signed out, or when there is no photo", async () => {
    const { tenant, profile } = await alumnaWithPhoto();
    const { user: peer, profile: withoutPhoto } = await createAlumnus(tenant.id);
    expect((await fetchAvatar(null, tenant.slug, profile.id)).status).toBe(404);
    expect((await fetchAvatar(peer.id, tenant.slug, withoutPhoto.id)).status).toBe(404);
  });
});
