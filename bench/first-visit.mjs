// First visit of a page, as a new visitor's browser sees it: every request with its bytes on the wire and
// decoded, the first contentful paint, the time until the worked example's tables show their numbers and
// the time until the network is idle. Each visit uses a fresh browser context (empty cache, no cookies).
// Run by bench/first-visit.sh, which starts the jar and installs playwright-core into a cache folder:
//   PLAYWRIGHT_CORE=/path/to/node_modules/playwright-core node bench/first-visit.mjs URL [visits] [warm-up]
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';

const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT_CORE ?? 'playwright-core');

const url = process.argv[2] ?? 'http://localhost:8080/';
const visits = Number(process.argv[3] ?? 5);
const warmUp = Number(process.argv[4] ?? 2);
const KB = 1000;

// Marks, in the page's own clock, the first frame in which the last table of the worked example (W1_next)
// holds numbers: what a visitor waits for, beside the first paint of any text.
const TABLES_SHOWN = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-matrix="W1_next"] td[data-value]')) {
      observer.disconnect();
      requestAnimationFrame(() => { window.__tablesShown = performance.now(); });
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
`;

async function visit(browser) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(TABLES_SHOWN);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  const sockets = { count: 0, received: 0, sent: 0 };
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return;
    requests.set(e.requestId, { url: e.request.url, start: e.timestamp, wire: 0, decoded: 0 });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    r.status = e.response.status;
    r.type = (headers['content-type'] ?? '').split(';')[0];
    r.encoding = headers['content-encoding'] ?? 'none';
    const t = e.response.timing;
    r.wait = t ? t.receiveHeadersEnd - t.sendEnd : NaN; // the server's time to its first byte
  });
  cdp.on('Network.dataReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.decoded += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.wire = e.encodedDataLength; // everything received for it: headers and (compressed) body
    r.end = e.timestamp;
  });
  cdp.on('Network.webSocketCreated', () => sockets.count++);
  cdp.on('Network.webSocketFrameReceived', (e) => (sockets.received += e.response.payloadData.length));
  cdp.on('Network.webSocketFrameSent', (e) => (sockets.sent += e.response.payloadData.length));
  await cdp.send('Network.enable');

  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => window.__tablesShown !== undefined, null, { polling: 'raf' });
  const paint = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    tables: window.__tablesShown,
  }));
  await context.close();

  const list = [...requests.values()];
  const first = Math.min(...list.map((r) => r.start));
  const last = Math.max(...list.filter((r) => r.end).map((r) => r.end));
  return {
    requests: list.length,
    wire: list.reduce((s, r) => s + r.wire, 0),
    decoded: list.reduce((s, r) => s + r.decoded, 0),
    fcp: paint.fcp,
    tables: paint.tables,
    idle: (last - first) * 1000,
    sockets,
    list,
  };
}

const pad = (s, n) => String(s).padStart(n);
const kb = (bytes) => (bytes / KB).toFixed(1);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const loadBefore = loadavg()[0];
try {
  for (let i = 0; i < warmUp; i++) await visit(browser);
  const runs = [];
  for (let i = 0; i < visits; i++) runs.push(await visit(browser));

  console.log(`First visit of ${url}: ${visits} visits, each in a fresh browser context, after ${warmUp} to warm up`);
  console.log(
    `the server; load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after (1 KB = 1,000 bytes;` +
      ' wire = headers and bodies as received, decoded = bodies as used)',
  );
  console.log();
  console.log('visit  requests  wire KB  decoded KB  FCP ms  tables ms  network idle ms');
  runs.forEach((r, i) =>
    console.log(
      `${pad(i + 1, 5)}  ${pad(r.requests, 8)}  ${pad(kb(r.wire), 7)}  ${pad(kb(r.decoded), 10)}  ` +
        `${pad(r.fcp.toFixed(0), 6)}  ${pad(r.tables.toFixed(0), 9)}  ${pad(r.idle.toFixed(0), 15)}`,
    ),
  );
  const col = (f) => runs.map(f);
  const fmt = (all) => {
    const xs = all.filter(Number.isFinite); // Chromium now and then reports no paint entry for a visit
    const missing = all.length - xs.length;
    return (
      `p50 ${median(xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}` + (missing ? ` (${missing} not reported)` : '')
    );
  };
  console.log();
  console.log(`requests        ${median(col((r) => r.requests))}`);
  console.log(`on the wire     ${kb(median(col((r) => r.wire)))} KB (goal: at most 400 KB)`);
  console.log(`decoded         ${kb(median(col((r) => r.decoded)))} KB`);
  console.log(`FCP             ${fmt(col((r) => r.fcp))} ms (goal: under 500 ms)`);
  console.log(`tables shown    ${fmt(col((r) => r.tables))} ms`);
  console.log(`network idle    ${fmt(col((r) => r.idle))} ms (the last response's end)`);
  const s = runs.at(-1).sockets;
  console.log(
    `websocket       ${s.count} opened; ${kb(s.received)} KB received and ${kb(s.sent)} KB sent in messages ` +
      '(not in the figures above)',
  );
  console.log();
  console.log('The requests of the last visit, largest first:');
  console.log(' wire KB  decoded KB  status  encoding  start ms  server ms  end ms  type                      address');
  const lastVisit = runs.at(-1).list;
  const t0 = Math.min(...lastVisit.map((r) => r.start));
  const ms = (t) => (t === undefined || Number.isNaN(t) ? '-' : t.toFixed(0));
  for (const r of lastVisit.sort((a, b) => b.wire - a.wire)) {
    const u = new URL(r.url);
    console.log(
      `${pad(kb(r.wire), 8)}  ${pad(kb(r.decoded), 10)}  ${pad(r.status ?? '-', 6)}  ${(r.encoding ?? '-').padEnd(8)}  ` +
        `${pad(ms((r.start - t0) * 1000), 8)}  ${pad(ms(r.wait), 9)}  ${pad(ms(r.end && (r.end - t0) * 1000), 6)}  ` +
        `${(r.type ?? '-').padEnd(24)}  ${u.pathname}${u.search.length > 40 ? u.search.slice(0, 40) + '…' : u.search}`,
    );
  }
} finally {
  await browser.close();
}
