import { expect, test } from "@playwright/test";
import { queryOne, signIn } from "./helpers";

test("[BOUNCE] HR sees that an invitation bounced and why, corrects the address and resends", async ({ page }) => {
  // The demo seed holds one invitation Resend reported as bounced.
  const seeded = await queryOne<{ entryId: string; email: string; name: string }>(
    `SELECT r.id AS "entryId", i.email, r.name FROM "Invitation" i JOIN "RosterEntry" r ON r.id = i."rosterEntryId"
     JOIN "Tenant" t ON t.id = i."tenantId" WHERE t.slug = 'demo' AND i.status = 'BOUNCED' LIMIT 1`,
  );
  await signIn(page, "hr@demo.kizuna.test");
  await page.goto(`/demo/admin/roster?q=${encodeURIComponent(seeded.email)}`);
  await expect(page.getByRole("cell", { name: "不達" })).toBeVisible();

  await page.goto(`/demo/admin/roster/entries/${seeded.entryId}`);
  await expect(page.getByText(`${seeded.email} への招待メールが届きませんでした`)).toBeVisible();
  await expect(page.getByText(/理由: .*does not exist/)).toBeVisible();
  await expect(page.getByText("上の名簿情報でメールアドレスを正しいものに直してから、招待を再送してください。")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("roster-entry-bounced.png"), fullPage: true });

  const fixed = `fixed.${Date.now().toString(36)}@example.com`;
  await page.getByLabel("メールアドレス", { exact: true }).fill(fixed);
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByText(`メールアドレスは ${fixed} に修正済みです。招待を再送してください。`)).toBeVisible();
  await page.getByRole("button", { name: "再送", exact: true }).click();
  await expect(page.getByText(`${seeded.email} への招待メールが届きませんでした`)).toBeHidden();
  await expect(page.getByText("招待済み", { exact: true }).first()).toBeVisible();
});
