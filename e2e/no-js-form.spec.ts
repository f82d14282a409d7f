/**
 * The calculator is a form. With JavaScript off, Enter in a field or the Update button loads the
 * server's answer for the new scenario; the address bar ends on the canonical permalink; what the
 * reader typed is read as the field reads it; bad input gets the corrected scenario and the API's
 * warnings, never an error page. On the article and on the embed.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";

test.use({ javaScriptEnabled: false });

/** The API's answer for a link: the numbers and warnings the page must agree with. */
async function api(request: APIRequestContext, query: string) {
  const res = await request.get(`/api/v1/estimate?${query}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as {
    inputs: { queriesPerDay: number; corpusTokens: number; updatesPerMonth: number };
    warnings: { param: string; code: string }[];
  };
}

test("Enter in a field loads the answer for what was typed, at its permalink", async ({ page, request }) => {
  await page.goto("/en");
  const answer = page.locator("#answer");
  const before = await answer.getByTestId("answer-headline").innerText();
  await answer.getByTestId("queriesPerDay-input").fill("20k");
  await answer.getByTestId("queriesPerDay-input").press("Enter");
  await page.waitForURL(/\/en\?v=3&q=20000$/);
  expect((await api(request, "v=3&q=20000")).inputs.queriesPerDay).toBe(20000);
  await expect(answer.getByTestId("queriesPerDay-input")).toHaveValue("20000");
  await expect(answer.getByTestId("answer-headline")).not.toHaveText(before);
  // The same answer as the permalink itself serves.
  const headline = await answer.getByTestId("answer-headline").innerText();
  await page.goto("/en?v=3&q=20000");
  await expect(answer.getByTestId("answer-headline")).toHaveText(headline);
});

for (const { typed, field, path, query } of [
  { typed: "2万", field: "queriesPerDay-input", path: "/", query: "v=3&q=20000" },
  { typed: "5 GB", field: "corpusTokens-input", path: "/en", query: "v=3&d=1250000000" },
  { typed: "60,000 pages", field: "corpusTokens-input", path: "/en", query: "v=3&d=30000000" },
  { typed: "weekly", field: "updatesPerMonth-input", path: "/en", query: "v=3" },
  { typed: "daily", field: "updatesPerMonth-input", path: "/", query: "v=3&u=daily" },
]) {
  test(`"${typed}" typed on ${path} is read as the field reads it`, async ({ page }) => {
    await page.goto(path);
    await page.locator("#answer").getByTestId(field).fill(typed);
    await page.locator("#answer").getByTestId(field).press("Enter");
    await expect.poll(() => new URL(page.url()).search).toBe(`?${query}`);
  });
}

test("the Update button shows only without JavaScript and submits what the sliders say", async ({ page }) => {
  await page.goto("/en?v=3&q=5000");
  const answer = page.locator("#answer");
  const update = answer.getByTestId("update");
  await expect(update).toBeVisible();
  // Keyboard on the slider: three steps up from 5,000 a day (10^(1/100) each).
  await answer.getByTestId("queriesPerDay-slider").focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await update.click();
  await expect.poll(() => new URL(page.url()).search).toBe("?v=3&q=5000".replace("5000", "5400"));
});

test("the currency radio and the rate travel with the form", async ({ page }) => {
  await page.goto("/en");
  await page.locator("#answer").getByTestId("currency-CNY").check();
  await page.locator("#answer").getByTestId("update").click();
  await expect.poll(() => new URL(page.url()).search).toBe("?v=3&cur=CNY");
  await expect(page.locator("#answer").getByTestId("answer-headline")).toContainText("¥");
  await page.locator("#answer").getByTestId("fx-input").fill("7.1");
  await page.locator("#answer").getByTestId("fx-input").press("Enter");
  await expect.poll(() => new URL(page.url()).search).toBe("?v=3&cur=CNY&fx=7.1");
});

test("the rest of the scenario (price set, pinned scenario, assumptions) is kept", async ({ page }) => {
  const pin = encodeURIComponent("v=3&q=300");
  await page.goto(`/en?v=3&p=runpod-qwen3-8b-lora&h=36&pt=900&pin=${pin}`);
  await page.locator("#answer").getByTestId("queriesPerDay-input").fill("1e5");
  await page.locator("#answer").getByTestId("queriesPerDay-input").press("Enter");
  await expect.poll(() => new URL(page.url()).search).toBe(`?v=3&p=runpod-qwen3-8b-lora&q=100000&h=36&pt=900&pin=${pin}`);
});

test("bad input gets the corrected scenario and the API's warnings, never an error page", async ({ page, request }) => {
  await page.goto("/en");
  const answer = page.locator("#answer");
  await answer.getByTestId("queriesPerDay-input").fill("-5");
  await answer.getByTestId("corpusTokens-input").fill("lots");
  // The form's submission is redirected to the plain query it read; that page answers 200.
  const response = page.waitForResponse(
    (r) => r.url().includes("q=-5") && !r.url().includes("sq=") && r.request().resourceType() === "document",
  );
  await answer.getByTestId("corpusTokens-input").press("Enter");
  expect((await response).status()).toBe(200);
  const query = new URL(page.url()).search.slice(1);
  expect(new URLSearchParams(query).get("q")).toBe("-5");
  const { warnings, inputs } = await api(request, query);
  expect(warnings.map((w) => `${w.param}:${w.code}`).sort()).toEqual(["d:invalid", "q:clamped"]);
  const notice = answer.getByTestId("warnings");
  await expect(notice).toBeVisible();
  await expect(notice.locator("li")).toHaveCount(2);
  await expect(answer.getByTestId("queriesPerDay-input")).toHaveValue(String(inputs.queriesPerDay));
  await expect(answer.getByTestId("corpusTokens-input")).toHaveValue(String(inputs.corpusTokens));
});

test("the embed is a form too, and keeps its theme and panels", async ({ page }) => {
  await page.goto("/en/embed?v=3&theme=dark&panels=controls,verdict");
  await page.getByTestId("queriesPerDay-input").fill("30k");
  await page.getByTestId("queriesPerDay-input").press("Enter");
  await expect
    .poll(() => new URL(page.url()).pathname + new URL(page.url()).search)
    .toBe("/en/embed?v=3&q=30000&theme=dark&panels=controls%2Cverdict");
  await expect(page.getByTestId("verdict")).toBeVisible();
  await expect(page.getByTestId("queriesPerDay-input")).toHaveValue("30000");
});
