// Seeded synthetic datasets for the bench, in our schema (src/data/schema.ts) and
// converted to the input formats of vis-timeline and TimelineJS3, so every tool
// renders the same events. Same seed and size → byte-identical files, so figures
// from different machines or days measure the same work.
//
//   node bench/generate.mjs [--sizes 100,1000] [--out bench/results/data] [--check]
//
// --check validates our files with the app's own validator (src/data/validate.ts,
// loaded through Vite) so a schema change cannot silently make the bench measure
// an error screen.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const DEFAULT_SIZES = [100, 1000, 5000, 20000];
export const FIRST_YEAR = 1945;
export const LAST_YEAR = 2030;
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_DATA_DIR = path.join(HERE, "results", "data");

/** mulberry32: tiny, fast and good enough; Math.random cannot be seeded. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS = [
  { id: "japan", name: "Japan" },
  { id: "china", name: "China" },
  { id: "south-korea", name: "South Korea", short: "Korea" },
  { id: "asean", name: "ASEAN" },
  { id: "indonesia", name: "Indonesia", group: "asean-member" },
  { id: "vietnam", name: "Vietnam", group: "asean-member" },
];
// Japan and China dominate, as in the real data; the rest fill the other lanes.
const ACTOR_WEIGHTS = [0.32, 0.3, 0.12, 0.12, 0.07, 0.07];

const CATEGORIES = [
  { id: "oda", name: "Official development assistance", dimension: "aid" },
  { id: "loans", name: "Concessional loans", dimension: "aid" },
  { id: "trade", name: "Trade agreements", dimension: "economy" },
  { id: "investment", name: "Investment", dimension: "economy" },
  { id: "education", name: "Education and scholarships", dimension: "culture" },
  { id: "culture", name: "Cultural exchange", dimension: "culture" },
  { id: "tourism", name: "Tourism", dimension: "tourism" },
  { id: "health", name: "Health cooperation", dimension: "health" },
  { id: "disaster", name: "Disaster relief", dimension: "disaster" },
  { id: "summits", name: "Summits and declarations", dimension: "diplomacy" },
  { id: "institutions", name: "Regional institutions", dimension: "institutions" },
];

const SOURCES = [
  {
    id: "synthetic-a",
    title: "Synthetic benchmark source A",
    year: 2024,
    note: "Generated; not a real source.",
  },
  {
    id: "synthetic-b",
    title: "Synthetic benchmark source B",
    year: 2024,
    note: "Generated; not a real source.",
  },
];

const ERAS = [
  { id: "cold-war", label: "Cold War", date: "1947", end: "1991" },
  { id: "asian-financial-crisis", label: "Asian financial crisis", date: "1997-07", end: "1998-12" },
  { id: "global-financial-crisis", label: "Global financial crisis", date: "2008-09", end: "2009-06" },
  { id: "pandemic", label: "COVID-19 pandemic", date: "2020-01", end: "2022-12" },
].map((e) => ({ ...e, sources: [{ source: "synthetic-a" }] }));

const VERBS = [
  "launches",
  "signs",
  "pledges",
  "opens",
  "expands",
  "hosts",
  "funds",
  "announces",
  "renews",
  "completes",
];
const THINGS = [
  "scholarship programme",
  "infrastructure loan",
  "trade framework",
  "cultural centre",
  "disaster relief mission",
  "health partnership",
  "port project",
  "youth exchange",
  "investment fund",
  "summit declaration",
  "language institute",
  "rail corridor",
];
const PLACES = [
  "Jakarta",
  "Hanoi",
  "Bangkok",
  "Manila",
  "Kuala Lumpur",
  "Phnom Penh",
  "Vientiane",
  "Yangon",
  "Singapore",
];
const CURRENCY_BY_ACTOR = { japan: "JPY", china: "CNY", "south-korea": "KRW" };
const KINDS = ["grant", "loan", "fund", "pledge", "aid", "investment", "contribution"];
const SCALES = ["million", "billion"];

const pick = (r, list) => list[Math.floor(r() * list.length)];
const pad = (n) => String(n).padStart(2, "0");
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y, m) => (m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : DAYS[m - 1]);

function weighted(r, weights) {
  let x = r();
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i];
    if (x < 0) return i;
  }
  return weights.length - 1;
}

/** A partial date of the given precision; precision mix mirrors real data (many year-only). */
function partialDate(y, m, d, precision) {
  if (precision === "year") return String(y);
  if (precision === "month") return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Our dataset of `n` events, 1945–2030. ~15 % are spans (1–10 years), ~25 % have
 * two or three actors, ~30 % carry an amount; ids are unique `YYYY-slug`.
 */
export function generateOurs(n, seed = 20231) {
  const r = rng(seed + n);
  const events = [];
  for (let i = 0; i < n; i++) {
    const y = FIRST_YEAR + Math.floor(r() * (LAST_YEAR - FIRST_YEAR + 1));
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * daysIn(y, m));
    const pr = r();
    const precision = pr < 0.4 ? "year" : pr < 0.7 ? "month" : "day";
    const date = partialDate(y, m, d, precision);
    const a0 = weighted(r, ACTOR_WEIGHTS);
    const actors = [ACTORS[a0].id];
    const na = r();
    const extra = na < 0.05 ? 2 : na < 0.25 ? 1 : 0;
    while (actors.length < 1 + extra) {
      const a = ACTORS[weighted(r, ACTOR_WEIGHTS)].id;
      if (!actors.includes(a)) actors.push(a);
    }
    const category = pick(r, CATEGORIES).id;
    const verb = pick(r, VERBS);
    const thing = pick(r, THINGS);
    const place = pick(r, PLACES);
    const actorName = ACTORS[a0].name;
    const ev = {
      id: `${y}-ev-${i}`,
      date,
      title: `${actorName} ${verb} ${thing} in ${place}`,
      summary:
        `${actorName} ${verb} a ${thing} in ${place}, part of its engagement with Southeast Asia. ` +
        `Synthetic event ${i} generated for the benchmark; it stands for a typical entry of one or two sentences.`,
      actors,
      category,
      sources: [{ source: r() < 0.5 ? "synthetic-a" : "synthetic-b", page: 1 + Math.floor(r() * 300) }],
      importance: /** @type {1|2|3} */ (1 + weighted(r, [0.1, 0.3, 0.6])),
    };
    if (r() < 0.15) {
      // Spans end 1–10 years later, at the same precision, never past the range.
      const ey = Math.min(LAST_YEAR, y + 1 + Math.floor(r() * 10));
      ev.end = partialDate(ey, m, Math.min(d, daysIn(ey, m)), precision);
    }
    if (r() < 0.3) {
      const value = Math.round(1 + r() * 999);
      const scale = pick(r, SCALES);
      const currency = r() < 0.5 ? "USD" : (CURRENCY_BY_ACTOR[actors[0]] ?? "USD");
      ev.amount = { value, scale, currency, kind: pick(r, KINDS), text: `${currency}${value} ${scale}` };
    }
    events.push(ev);
  }
  // Sorted like a hand-written dataset would be; tools must not rely on it, but
  // a random order would measure sorting more than rendering.
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    schemaVersion: 1,
    title: `Synthetic benchmark dataset (${n} events)`,
    description: `Seeded synthetic events ${FIRST_YEAR}–${LAST_YEAR} for npm run bench. Not real history.`,
    actors: ACTORS,
    categories: CATEGORIES,
    sources: SOURCES,
    eras: ERAS,
    events,
  };
}

/** First instant of a partial date, as ISO (vis-timeline parses ISO strings). */
function startIso(p) {
  const [y, m = "01", d = "01"] = p.split("-");
  return `${y}-${m}-${d}`;
}
/** First instant after a partial date's period: our `end: "2003"` covers all of 2003. */
function endIso(p) {
  const parts = p.split("-").map(Number);
  const dt = new Date(Date.UTC(parts[0], (parts[1] ?? 1) - 1, parts[2] ?? 1));
  if (parts.length === 1) dt.setUTCFullYear(dt.getUTCFullYear() + 1);
  else if (parts.length === 2) dt.setUTCMonth(dt.getUTCMonth() + 1);
  else dt.setUTCDate(dt.getUTCDate() + 1);
  return dt.toISOString().slice(0, 10);
}

/**
 * vis-timeline: one group (lane) per actor like ours; an item belongs to one
 * group, so a multi-actor event sits in its first actor's lane. Spans are
 * ranges, the rest points (lighter than boxes, closest to our marks).
 */
export function toVis(ds) {
  return {
    groups: ds.actors.map((a) => ({ id: a.id, content: a.name })),
    items: ds.events.map((e) => ({
      id: e.id,
      group: e.actors[0],
      content: e.title,
      title: e.summary,
      start: startIso(e.date),
      ...(e.end ? { end: endIso(e.end), type: "range" } : { type: "point" }),
    })),
    eras: ds.eras.map((e) => ({ id: e.id, content: e.label, start: startIso(e.date), end: endIso(e.end) })),
  };
}

function tlDate(p) {
  const [y, m, d] = p.split("-").map(Number);
  return { year: y, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) };
}

/** TimelineJS3: its JSON format; the group row is the first actor's name. */
export function toTimelineJS(ds) {
  const actorName = Object.fromEntries(ds.actors.map((a) => [a.id, a.name]));
  return {
    title: { text: { headline: ds.title, text: ds.description ?? "" } },
    events: ds.events.map((e) => ({
      unique_id: e.id,
      start_date: tlDate(e.date),
      ...(e.end ? { end_date: tlDate(e.end) } : {}),
      text: { headline: e.title, text: e.summary },
      group: actorName[e.actors[0]],
    })),
    eras: ds.eras.map((e) => ({
      start_date: tlDate(e.date),
      end_date: tlDate(e.end),
      text: { headline: e.label },
    })),
  };
}

/** Write ours-N.json, vis-N.json and tljs-N.json for each size; returns their paths. */
export function writeDatasets(sizes = DEFAULT_SIZES, outDir = DEFAULT_DATA_DIR, seed = 20231) {
  fs.mkdirSync(outDir, { recursive: true });
  const files = {};
  for (const n of sizes) {
    const ours = generateOurs(n, seed);
    const out = { ours: ours, vis: toVis(ours), tljs: toTimelineJS(ours) };
    files[n] = {};
    for (const [tool, data] of Object.entries(out)) {
      const file = path.join(outDir, `${tool}-${n}.json`);
      // Write then rename: a bench and the smoke test may regenerate while the other reads.
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(data));
      fs.renameSync(tmp, file);
      files[n][tool] = file;
    }
  }
  return files;
}

/** One CSV cell: quoted when it holds a comma, a quote or a line break. */
const cell = (v) => {
  const t = v === undefined || v === null ? "" : String(v);
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};

const LARGE_CSV_ROWS = 100_000;
/** Bytes per row of the large CSV: long descriptions, as in public aid-project databases. */
const LARGE_CSV_ROW_BYTES = 600;

/**
 * The bench's large CSV: the 100,000 synthetic events in the template's columns
 * (docs/own-data.md), each summary lengthened to a project description so the file
 * is about 50 MB. It measures loading (download, parse, validate) under the issue's
 * "no main-thread task over 100 ms while a 50 MB CSV loads".
 */
export function writeLargeCsv(outDir = DEFAULT_DATA_DIR, seed = 20231) {
  const file = path.join(outDir, `ours-${LARGE_CSV_ROWS}.csv`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(outDir, { recursive: true });
  const ds = generateOurs(LARGE_CSV_ROWS, seed);
  const head = [
    "id",
    "date",
    "end",
    "title",
    "summary",
    "actors",
    "category",
    "amount",
    "currency",
    "scale",
    "kind",
    "amount_text",
    "source",
    "page",
    "importance",
  ];
  const lines = [head.join(",")];
  const filler =
    " The project description continues as such databases' do: objectives, partners, location, duration and the agency's own summary of outputs.";
  for (const e of ds.events) {
    const row = [
      e.id,
      e.date,
      e.end,
      e.title,
      "",
      e.actors.join(";"),
      e.category,
      e.amount?.value,
      e.amount?.currency,
      e.amount?.scale,
      e.amount?.kind,
      e.amount?.text,
      e.sources[0].source,
      e.sources[0].page,
      e.importance,
    ];
    const base = row.map(cell).join(",").length;
    let summary = e.summary;
    while (base + summary.length + filler.length < LARGE_CSV_ROW_BYTES) summary += filler;
    row[4] = summary;
    lines.push(row.map(cell).join(","));
  }
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, lines.join("\r\n") + "\r\n");
  fs.renameSync(tmp, file);
  return file;
}

/** Validate our generated files with the app's validator (Vite loads the TypeScript). */
export async function checkDatasets(files) {
  const { createServer } = await import("vite");
  const root = path.resolve(HERE, "..");
  const vite = await createServer({
    root,
    configFile: false,
    logLevel: "error",
    server: { middlewareMode: true, hmr: false },
    appType: "custom",
  });
  try {
    const { validateDataset } = await vite.ssrLoadModule("/src/data/validate.ts");
    const bad = [];
    for (const [n, f] of Object.entries(files)) {
      const res = validateDataset(JSON.parse(fs.readFileSync(f.ours, "utf8")));
      if (!res.dataset || res.problems.length) bad.push({ n, problems: res.problems.slice(0, 5) });
    }
    return bad;
  } finally {
    await vite.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const sizes = arg("--sizes")?.split(",").map(Number) ?? DEFAULT_SIZES;
  const files = writeDatasets(sizes, arg("--out") ?? DEFAULT_DATA_DIR);
  for (const [n, f] of Object.entries(files))
    console.log(
      `${n}: ${Object.values(f)
        .map((p) => path.relative(process.cwd(), p))
        .join(", ")}`,
    );
  if (process.argv.includes("--check")) {
    const bad = await checkDatasets(files);
    if (bad.length) {
      console.error("Generated data fails the app's validator:", JSON.stringify(bad, null, 2));
      process.exit(1);
    }
    console.log("All generated datasets pass src/data/validate.ts.");
  }
}
