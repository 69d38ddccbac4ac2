#!/usr/bin/env node
// Opens the page of `notegraph export --format html` in Debian's headless chromium
// (driven by playwright-core; no browser download) and uses it as a person would.
//
//   node check_page.js --bin NOTEGRAPH --vault DIR --out DIR
//        [--search TEXT --pick ID] [--click ID --expect-second] [--controls] [--budget-ms N]
//
// Exports the vault's page into --out, then checks: the file fetches nothing from the
// network (no http(s) script/link/img source); the page loads with no console error,
// page error or request other than the file itself; typing --search offers --pick
// among the suggestions and picking it opens its panel; clicking node --click on the
// canvas opens its panel with its links (and, with --expect-second, a link to a video
// at a second); with --controls, colour by entity type, size by PageRank and the kind
// filters work without errors. Saves screenshots into --out and prints the load time. Exit 0 pass,
// 1 fail, 77 skip (no chromium or no playwright-core).
"use strict";

const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const CHROMIUM = "/usr/bin/chromium";
const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  // WebGL on the CPU: with --disable-gpu Chromium still falls back to SwiftShader for
  // WebGL, but says that fallback is deprecated unless asked for by this flag.
  "--enable-unsafe-swiftshader",
];

function parseArgs(argv) {
  const args = { budgetMs: 0, expectSecond: false, controls: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--bin") args.bin = next();
    else if (a === "--vault") args.vault = next();
    else if (a === "--out") args.out = next();
    else if (a === "--search") args.search = next();
    else if (a === "--pick") args.pick = next();
    else if (a === "--click") args.click = next();
    else if (a === "--expect-second") args.expectSecond = true;
    else if (a === "--controls") args.controls = true;
    else if (a === "--budget-ms") args.budgetMs = Number(next());
    else throw new Error(`unknown argument ${a}`);
  }
  for (const required of ["bin", "vault", "out"])
    if (!args[required]) throw new Error(`--${required} is required`);
  return args;
}

const failures = [];
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
  return ok;
}

/// Exports the page and returns its path and how long the export took.
function exportPage(args) {
  fs.mkdirSync(args.out, { recursive: true });
  const page = path.join(args.out, "graph.html");
  const started = Date.now();
  const run = spawnSync(args.bin, ["--vault", args.vault, "--no-cache", "--quiet", "export",
    "--format", "html", "-o", page], { encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = Date.now() - started;
  if (run.status !== 0) {
    console.error(run.stderr);
    throw new Error(`notegraph export --format html exited ${run.status}`);
  }
  return { page, exportMs: ms };
}

/// The file's own references: none may reach the network.
function checkOffline(html) {
  const remote = /<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*\b(src|href|data)\s*=\s*["']?\s*(https?:)?\/\//gi;
  const found = html.match(remote) || [];
  check(found.length === 0, `the page references nothing on the network${found.length ? ": " + found.slice(0, 3).join(" | ") : ""}`);
  check(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/.test(html),
    "the page forbids fetches with a Content-Security-Policy");
  check((html.match(/<script\b/g) || []).length === 2, "the page has exactly its data and its script");
}

/// Colour and size modes and the kind filters, as a person would use them.
async function checkControls(page, out) {
  await page.keyboard.press("Escape");
  await page.selectOption("#color-mode", "type");
  const types = await page.locator("#type-legend li").count();
  check(await page.locator("#type-legend").isVisible() && types > 1,
    `colour by entity type shows its legend (${types} rows)`);
  const sizes = await page.locator("#size-mode option").evaluateAll((o) => o.map((x) => x.value));
  check(sizes.includes("pagerank"), `size by offers PageRank (${sizes.join(", ")})`);
  await page.selectOption("#size-mode", "pagerank");
  const entity = page.locator('#node-filters input[data-kind="entity"]');
  await entity.uncheck();
  const mention = page.locator('#edge-filters input[data-kind="mention"]');
  await mention.uncheck();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, "controls.png") });
  await entity.check();
  await mention.check();
  await page.selectOption("#color-mode", "kind");
  check(await page.locator("#type-legend").isHidden(), "colour by kind hides the type legend");
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (process.env.NOTEGRAPH_CORPUS && !fs.existsSync(args.vault)) {
    console.log(`SKIP: the corpus ${args.vault} is absent (../shared/corpora is not beside the checkout)`);
    return 77;
  }
  let playwright;
  try {
    playwright = require("playwright-core");
  } catch {
    console.log("SKIP: playwright-core is not installed (run `npm ci` in tests/browser)");
    return 77;
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`SKIP: ${CHROMIUM} is not installed (apt-get install chromium)`);
    return 77;
  }

  const { page: pagePath, exportMs } = exportPage(args);
  const html = fs.readFileSync(pagePath, "utf8");
  console.log(`exported ${pagePath}: ${(html.length / 1e6).toFixed(2)} MB in ${exportMs} ms`);
  checkOffline(html);

  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "notegraph-chromium-"));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 800 },
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    const errors = [];
    const fileUrl = "file://" + path.resolve(pagePath);
    page.on("console", (m) => { if (m.type() === "error") errors.push(`console: ${m.text()}`); });
    page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
    page.on("request", (r) => { if (r.url() !== fileUrl && !r.url().startsWith("data:")) errors.push(`request: ${r.url()}`); });

    const started = Date.now();
    await page.goto(fileUrl, { waitUntil: "load", timeout: 300000 });
    await page.waitForFunction(() => window.notegraph && window.notegraph.ready, null, { timeout: 300000 });
    const wallMs = Date.now() - started;
    const info = await page.evaluate(() => ({ loadMs: window.notegraph.loadMs, nodes: window.notegraph.nodeCount, edges: window.notegraph.edgeCount }));
    console.log(`loaded ${info.nodes} nodes and ${info.edges} edges: first frame ${wallMs} ms after navigation (script ${info.loadMs} ms)`);
    if (args.budgetMs) check(wallMs <= args.budgetMs, `the page draws within ${args.budgetMs} ms (took ${wallMs} ms)`);
    check(await page.locator("#graph canvas").count() > 0, "sigma drew into canvases");
    check(await page.locator("#error").count() === 0, "the page shows no error");
    await page.screenshot({ path: path.join(args.out, "page.png") });

    if (args.search) {
      await page.locator("#search").click();
      await page.locator("#search").pressSequentially(args.search, { delay: 40 });
      const option = page.locator(`#suggestions li[data-node="${args.pick}"]`);
      await page.waitForSelector("#suggestions li", { timeout: 10000 }).catch(() => {});
      const offered = await page.locator("#suggestions li").evaluateAll((lis) => lis.map((li) => li.dataset.node));
      if (check(offered.includes(args.pick), `typing "${args.search}" suggests ${args.pick} (offered: ${offered.join(", ")})`)) {
        await option.click();
        await page.waitForSelector(`#panel:not([hidden])`, { timeout: 10000 }).catch(() => {});
        const shown = await page.locator("#panel").getAttribute("data-node");
        check(shown === args.pick, `picking the suggestion opens the panel of ${args.pick} (shows ${shown})`);
        await page.screenshot({ path: path.join(args.out, "search.png") });
      }
    }

    if (args.click) {
      // Frame the node (without selecting it), then click where it is drawn.
      await page.keyboard.press("Escape");
      const at = await page.evaluate(async (id) => window.notegraph.frame(id), args.click);
      if (check(at !== null, `node ${args.click} is drawn`)) {
        const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, at);
        check(hit === "CANVAS", `nothing covers node ${args.click} at (${Math.round(at.x)}, ${Math.round(at.y)})`);
        await page.mouse.click(at.x, at.y);
        await page.waitForSelector(`#panel:not([hidden])`, { timeout: 10000 }).catch(() => {});
        const shown = await page.locator("#panel").getAttribute("data-node");
        check(shown === args.click, `clicking the node opens its panel (shows ${shown})`);
        const links = await page.locator('#panel section[data-section="link-out"] .node-link').count();
        check(links > 0, `the panel lists its links (${links})`);
        const sections = await page.locator("#panel section").evaluateAll((s) => s.map((x) => x.dataset.section));
        console.log(`     panel sections: ${sections.join(", ")}`);
        if (args.expectSecond) {
          const hrefs = await page.locator("#panel a.second").evaluateAll((as) => as.map((a) => a.href));
          check(hrefs.length > 0 && hrefs.every((h) => /^https:\/\/www\.youtube\.com\/watch\?v=[\w-]+&t=\d+s$/.test(h)),
            `the panel links video seconds (${hrefs.length}, e.g. ${hrefs[0]})`);
        }
        await page.screenshot({ path: path.join(args.out, "panel.png") });
      }
    }

    if (args.controls) await checkControls(page, args.out);

    check(errors.length === 0, `no console errors, page errors or network requests${errors.length ? ":\n  " + errors.join("\n  ") : ""}`);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(failures.length ? `${failures.length} check(s) failed` : "all checks passed");
  return failures.length ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`FAIL ${e.stack || e}`);
  process.exit(1);
});
