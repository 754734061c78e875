import { describe, expect, it } from "vitest";
import { visibleTo } from "@/lib/alumni/visibility";

const profile = {
  id: "p1",
  displayName: "佐藤 花子",
  currentCompany: "メルカリ",
  location: "大阪府",
  bio: "よろしくお願いします",
  openToReturn: true,
  visibility: { location: "STAFF", bio: "PRIVATE" },
};

describe("per-field profile visibility", () => {
  it("shows fellow alumni only what is visible to alumni", () => {
    const seen = visibleTo(profile, "ALUMNI");
    expect(seen).toMatchObject({ displayName: "佐藤 花子", currentCompany: "メルカリ" });
    expect(seen).not.toHaveProperty("location");
    expect(seen).not.toHaveProperty("bio");
    expect(seen).not.toHaveProperty("openToReturn");
    expect(seen).not.toHaveProperty("visibility");
  });

  it("shows company staff staff-visible fields, never private ones", () => {
    const seen = visibleTo(profile, "STAFF");
    expect(seen).toMatchObject({ location: "大阪府", openToReturn: true });
    expect(seen).not.toHaveProperty("bio");
  });

  it("shows the owner everything", () => {
    expect(visibleTo(profile, "SELF")).toMatchObject({ bio: "よろしくお願いします", location: "大阪府", openToReturn: true });
  });
});
