/**
 * `npm run lighthouse`: Lighthouse mobile scores for the pages students open most, on a production
 * build over a fresh embedded database with the demo accounts.
 *
 *   npm run lighthouse                 build into .next-size when the sources changed (as `npm start` does), then measure
 *   npm run lighthouse -- --no-build   measure the last build in .next-size (`npm run size` builds the same folder)
 *   npm run lighthouse -- --json       print JSON instead of a table
 *
 * The landing page is measured signed out (it sends a signed-in student to the dashboard); the others
 * as the demo student, whose session cookie is passed to Lighthouse as an extra header. Chromium is
 * Debian's (CHROME_PATH, default /usr/bin/chromium). The figures depend on the machine's load, which
 * is printed with them; they are reported, never asserted.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { z } from "zod";

const KNOWN = new Set(["--no-build", "--json"]);
const unknown = process.argv.slice(2).filter((a) => !KNOWN.has(a));
if (unknown.length > 0) {
  console.error(`Unknown argument ${unknown.join(" ")}. Use --no-build and/or --json.`);
  process.exit(2);
}
const envSchema = z.object({
  LIGHTHOUSE_PORT: z.coerce.number().int().min(1024).max(65535).default(3290),
  CHROME_PATH: z.string().min(1).default("/usr/bin/chromium"),
  NEXT_DIST_DIR: z.string().min(1).default(".next-size"),
});
const env = envSchema.parse(process.env);
const args = { build: !process.argv.includes("--no-build"), json: process.argv.includes("--json") };
const port = env.LIGHTHOUSE_PORT;
const origin = `http://localhost:${port}`;
const dataDir = path.join(".data", `lighthouse-${port}`);
const chromeFlags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"];

const load = () => os.loadavg().map((n) => n.toFixed(1)).join(" ");
const log = (message: string) => {
  if (!args.json) console.error(message);
};

async function waitForServer(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20 * 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${origin}/sign-in`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${origin} did not answer within 20 minutes`);
}

function demoStudent(): { email: string; password: string } {
  const text = fs.readFileSync(path.join(dataDir, "demo-accounts.txt"), "utf8");
  const match = /student\s+(\S+)\s+password: (\S+)/.exec(text);
  if (!match?.[1] || !match[2]) throw new Error(`no demo student in ${dataDir}/demo-accounts.txt`);
  return { email: match[1], password: match[2] };
}

/** Signs the demo student in through the real form and returns the Cookie header it earned. */
async function signedInCookie(): Promise<string> {
  const { email, password } = demoStudent();
  const browser = await chromium.launch({ executablePath: env.CHROME_PATH, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/sign-in`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/dashboard$/, { timeout: 60_000 });
    // A topic to measure: the first one the topics page lists.
    await page.goto(`${origin}/topics`);
    const href = await page.locator('main a[href^="/topics/"]').first().getAttribute("href");
    if (!href) throw new Error("the topics page lists no topic");
    topicPath = href;
    const cookies = await page.context().cookies();
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}
let topicPath = "";

type Row = { page: string; path: string; performance: number; accessibility: number; bestPractices: number; lcpMs: number; tbtMs: number; failing: string[] };

async function measure(chromePort: number, page: string, pagePath: string, cookie: string | null): Promise<Row> {
  const result = await lighthouse(
    `${origin}${pagePath}`,
    {
      port: chromePort,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices"],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    },
    // Lighthouse's default settings: a mid-range phone on slow 4G, simulated.
    undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${pagePath}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${pagePath}: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failing = Object.values(lhr.categories)
    .filter((c) => c.id !== "performance")
    .flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${c.id}: ${ref.id}`));
  return {
    page,
    path: pagePath,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
    failing,
  };
}

fs.rmSync(dataDir, { recursive: true, force: true });
log(`load average before: ${load()} (${os.cpus().length} cores)`);
const server = spawn("npx", ["tsx", "--conditions=react-server", "scripts/start.ts"], {
  stdio: ["ignore", args.json ? "ignore" : "inherit", "inherit"],
  env: {
    ...process.env,
    PORT: String(port),
    APP_URL: origin,
    NEXT_DIST_DIR: env.NEXT_DIST_DIR,
    DOSSIER_DATA_DIR: path.join(dataDir, "pglite"),
    SEED_DEMO: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    ...(args.build ? {} : { SKIP_BUILD: "1" }),
  },
  detached: true,
});
const stopServer = () => {
  if (server.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
};
process.on("exit", stopServer);

let chrome: chromeLauncher.LaunchedChrome | null = null;
try {
  await waitForServer(server);
  const cookie = await signedInCookie();
  const pages: [string, string, string | null][] = [
    ["Landing", "/", null],
    ["Topics", "/topics", cookie],
    ["Topic page", topicPath, cookie],
    ["Dashboard", "/dashboard", cookie],
    ["Review", "/review", cookie],
  ];
  chrome = await chromeLauncher.launch({ chromePath: env.CHROME_PATH, chromeFlags });
  const rows: Row[] = [];
  for (const [name, pagePath, pageCookie] of pages) {
    log(`measuring ${pagePath}…`);
    rows.push(await measure(chrome.port, name, pagePath, pageCookie));
  }
  const after = load();
  if (args.json) {
    console.log(JSON.stringify({ loadAverage: after, rows }, null, 2));
  } else {
    console.log(`\nLighthouse ${"mobile"} (simulated slow 4G, 4x CPU slowdown); load average after: ${after}`);
    console.log("| Page | Path | Performance | Accessibility | Best practices | LCP (s) | TBT (ms) |");
    console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
    for (const r of rows) {
      console.log(`| ${r.page} | \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${(r.lcpMs / 1000).toFixed(1)} | ${Math.round(r.tbtMs)} |`);
    }
    for (const r of rows) if (r.failing.length > 0) console.log(`${r.path} fails: ${r.failing.join(", ")}`);
  }
} finally {
  await chrome?.kill();
  stopServer();
}
