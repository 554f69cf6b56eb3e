// Fails when the JavaScript that index.html loads up front (entry script plus
// modulepreloaded chunks) exceeds the budget, gzipped. Lazy chunks don't count:
// they cost nothing until a screen needs them. Run after `vite build`.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 50 * 1024;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const html = readFileSync(resolve(dist, 'index.html'), 'utf8');

const scripts = [...html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
const preloads = [...html.matchAll(/<link[^>]*\srel="modulepreload"[^>]*\shref="([^"]+)"/g)].map((m) => m[1]);
const files = [...new Set([...scripts, ...preloads])];
if (files.length === 0) {
  console.error('size: no entry script found in dist/index.html');
  process.exit(1);
}

let total = 0;
for (const file of files) {
  const gz = gzipSync(readFileSync(resolve(dist, '.' + file))).length;
  total += gz;
  console.log(`  ${file}  ${(gz / 1024).toFixed(2)} KB gzip`);
}
// For information: the screens loaded on first use (not counted).
const lazy = readdirSync(resolve(dist, 'assets')).filter(
  (f) => f.endsWith('.js') && !files.some((file) => file.endsWith(`/${f}`)),
);
for (const file of lazy) {
  console.log(
    `  /assets/${file}  ${(gzipSync(readFileSync(resolve(dist, 'assets', file))).length / 1024).toFixed(2)} KB gzip (lazy, not counted)`,
  );
}
const verdict = total <= BUDGET_BYTES ? 'OK' : 'OVER BUDGET';
console.log(`size: initial JS ${(total / 1024).toFixed(2)} KB gzip (budget ${BUDGET_BYTES / 1024} KB): ${verdict}`);
process.exit(total <= BUDGET_BYTES ? 0 : 1);
