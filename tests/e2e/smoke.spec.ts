import { expect, test } from "./fixtures";

test("the landing page names the clinic and starts the screening", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Riverside Skin Clinic");
  await page.getByRole("link", { name: "Start your screening" }).click();
  await expect(page).toHaveURL(/\/intake$/);
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

for (const path of ["/", "/intake", "/staff/sign-in"]) {
  test(`${path} answers 200`, async ({ request }) => {
    expect((await request.get(path)).status()).toBe(200);
  });
}
