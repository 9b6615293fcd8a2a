// A tiny static file server for the production build (no dependencies).
// `node scripts/serve.mjs [dir] [port]` serves on loopback and prints the URL;
// `startServer({ dir, port })` is reused by end-to-end tests and the bench.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

/**
 * Serve `dir` on 127.0.0.1. Gzips text responses when the client accepts it, so
 * transfer sizes measured by the bench match a real static host.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startServer({ dir, port = 0, host = "127.0.0.1", headers = {} }) {
  const root = path.resolve(dir);
  // A shared link may carry a long search text (q=, trimmed on load): accept addresses up to
  // 1 MB instead of Node's 16 KB header limit, which would answer 431 with no page at all.
  const server = http.createServer({ maxHeaderSize: 1024 * 1024 }, (req, res) => {
    const u = new URL(req.url ?? "/", "http://x");
    let rel = decodeURIComponent(u.pathname);
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.resolve(root, "." + rel);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      // CORS open: a sandboxed iframe (origin "null") loads module scripts with CORS, and the
      // files are public anyway. Callers may override any header.
      const h = {
        "content-type": type,
        "cache-control": "no-cache",
        "access-control-allow-origin": "*",
        ...headers,
      };
      const gz = /gzip/.test(req.headers["accept-encoding"] ?? "") && /text|json|svg|javascript/.test(type);
      if (gz) {
        res.writeHead(200, { ...h, "content-encoding": "gzip" });
        res.end(zlib.gzipSync(body));
      } else {
        res.writeHead(200, h);
        res.end(body);
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.on("error", reject);
    server.listen(port, host, () => {
      const addr = server.address();
      const p = typeof addr === "object" && addr ? addr.port : port;
      resolve({
        url: `http://${host}:${p}/`,
        port: p,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = process.argv[2] ?? "dist";
  const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
  if (!fs.existsSync(path.join(dir, "index.html"))) {
    console.error(`No build in ${dir}/ — run \`npm run build\` first.`);
    process.exit(1);
  }
  startServer({ dir, port }).then(
    ({ url }) => console.log(`\n  Soft Power Timeline is running at ${url}\n  (Ctrl+C to stop)\n`),
    (e) => {
      console.error(`Could not start the server on port ${port}: ${e.message}. Try PORT=8080 npm start.`);
      process.exit(1);
    },
  );
}
