import { readFileSync } from "node:fs";
import path from "node:path";
import { COMPILE_HINT } from "@/scripts/compile-hints";
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

test("an address that leads nowhere answers 404 with the clinic's page, and a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("banner")).toContainText("Riverside Skin Clinic");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the start page" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("the scripts every page runs as it loads carry the compile hint, and the intake loads them", async ({ page, request }) => {
  // The build the tests serve, made by `npm run build` in this folder.
  const manifest = path.resolve(import.meta.dirname, "../../.next/build-manifest.json");
  const { rootMainFiles } = JSON.parse(readFileSync(manifest, "utf8")) as { rootMainFiles: string[] };
  expect(rootMainFiles.length).toBeGreaterThan(0);
  const loaded: string[] = [];
  page.on("response", (response) => loaded.push(new URL(response.url()).pathname));
  await page.goto("/intake");
  for (const file of rootMainFiles) {
    expect(loaded).toContain(`/_next/${file}`);
    expect((await (await request.get(`/_next/${file}`)).text()).startsWith(COMPILE_HINT)).toBe(true);
  }
});
