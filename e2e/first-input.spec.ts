/**
 * Nothing the reader does is lost. A reader on a slow phone types, taps and drags as soon as the
 * controls are on screen, long before the page's code has arrived. Every such action must take
 * effect: at once when the code is there, when it arrives (values set before are taken up), or as a
 * plain form submission. The network and CPU are throttled as in Lighthouse's mobile run (150 ms
 * RTT, 1.6 Mbps down, 750 kbps up, 4× CPU), each action begins the moment its control is visible,
 * and the answer and the address bar are checked against what the server answers for the same link.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { throttle } from "./browser";
import { expect, test } from "./fixtures";
import { headlineAt } from "./helpers";

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

interface Row {
  name: string;
  path: string;
  act: (page: Page) => Promise<void>;
  /** The query the address bar ends on. */
  query: RegExp;
  /** The canonical link whose answer the page must end up showing. */
  permalink: string;
}

const typeInto = (testId: string, text: string) => async (page: Page) => {
  const field = page.locator("#answer").getByTestId(testId);
  await field.waitFor({ state: "visible" });
  await field.fill(text);
  await field.press("Enter");
};

const ROWS: Row[] = [
  {
    name: 'type "20k" + Enter in queries per day',
    path: "/en",
    act: typeInto("queriesPerDay-input", "20k"),
    query: /^\?v=3&q=20000$/,
    permalink: "/en?v=3&q=20000",
  },
  {
    name: 'type "2万" + Enter in queries per day',
    path: "/",
    act: typeInto("queriesPerDay-input", "2万"),
    query: /^\?v=3&q=20000$/,
    permalink: "/?v=3&q=20000",
  },
  {
    name: 'type "5 GB" + Enter in the knowledge base',
    path: "/en",
    act: typeInto("corpusTokens-input", "5 GB"),
    query: /^\?v=3&d=1250000000$/,
    permalink: "/en?v=3&d=1250000000",
  },
  {
    name: "tap CNY",
    path: "/en",
    act: async (page) => {
      const cny = page.locator("#answer").getByTestId("currency-CNY");
      await cny.waitFor({ state: "visible" });
      await cny.tap();
    },
    query: /^\?v=3&cur=CNY$/,
    permalink: "/en?v=3&cur=CNY",
  },
  {
    name: "tap the first slider's track at 90 %",
    path: "/en",
    act: async (page) => {
      const slider = page.locator("#answer").getByTestId("queriesPerDay-slider");
      await slider.waitFor({ state: "visible" });
      const box = (await slider.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width * 0.9, box.y + box.height / 2);
    },
    // Positions 100…800 (10 to 100M a day): 90 % of the track is about position 730, ~20M a day.
    query: /^\?v=3&q=\d{8}$/,
    permalink: "",
  },
];

test.describe("a throttled phone: actions begun as soon as the control is visible", () => {
  test.use(PHONE);
  // A throttled load (150 ms RTT, 1.6 Mbps, 4× CPU) of the page and its code takes seconds.
  test.describe.configure({ timeout: 90_000 });
  for (const row of ROWS) {
    test(`${row.path}: ${row.name}`, async ({ page, browser, baseURL }) => {
      await throttle(page);
      await page.goto(row.path, { waitUntil: "commit" });
      await row.act(page);
      await expect.poll(() => new URL(page.url()).search, { timeout: 30_000 }).toMatch(row.query);
      const permalink = row.permalink || `${row.path}${new URL(page.url()).search}`;
      const expected = await headlineAt(browser, baseURL!, permalink);
      await expect(page.locator("#answer").getByTestId("answer-headline")).toHaveText(expected, { timeout: 30_000 });
    });
  }
});

test("a desktop without throttling: CNY tapped at once on /en takes effect", async ({ page, browser, baseURL }) => {
  await page.goto("/en", { waitUntil: "commit" });
  const cny = page.locator("#answer").getByTestId("currency-CNY");
  await cny.waitFor({ state: "visible" });
  await cny.click();
  await expect.poll(() => new URL(page.url()).search).toBe("?v=3&cur=CNY");
  await expect(page.locator("#answer").getByTestId("answer-headline")).toHaveText(
    await headlineAt(browser, baseURL!, "/en?v=3&cur=CNY"),
  );
});

test("/en/embed in an iframe on another origin: CNY tapped at once takes effect", async ({ page, baseURL }) => {
  // The embedding page is another site: a second loopback server.
  const site = createServer((_, res) =>
    res
      .writeHead(200, { "content-type": "text/html" })
      .end(`<!doctype html><html><body><iframe src="${baseURL}/en/embed" width="700" height="900"></iframe></body></html>`),
  );
  await new Promise<void>((done) => site.listen(0, "127.0.0.1", done));
  try {
    await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`, { waitUntil: "commit" });
    const frame = page.frameLocator("iframe");
    const cny = frame.getByTestId("currency-CNY");
    await cny.waitFor({ state: "visible" });
    await cny.click();
    await expect(frame.getByTestId("verdict")).toContainText("¥");
  } finally {
    site.close();
  }
});
