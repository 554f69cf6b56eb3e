// Lints deploy/*.Containerfile without a container engine: dockerfile-utils' validator (syntax,
// flags, instruction arguments) plus LORkit's rules: multi-stage, pinned base images, non-root
// numeric USER, no ADD, no secrets in ENV/ARG, EXPOSE and HEALTHCHECK, cache-friendly layers.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';

const here = dirname(fileURLToPath(import.meta.url));

const deploy = resolve(here, '..');
const problems = [];

function lint(file, extraRules, text = readFileSync(join(deploy, file), 'utf8')) {
  const fail = (msg, line) => problems.push(`${file}${line != null ? ':' + (line + 1) : ''}: ${msg}`);
  for (const d of validate(text)) fail(`dockerfile-utils: ${d.message}`, d.range.start.line);

  const ins = DockerfileParser.parse(text).getInstructions().map((i) => ({
    kw: i.getKeyword(), args: i.getArgumentsContent() ?? '', line: i.getRange().start.line,
  }));
  const globalArgs = {};
  for (const i of ins) {
    if (i.kw === 'FROM') break;
    if (i.kw === 'ARG') {
      const [k, v] = i.args.split('=');
      globalArgs[k.trim()] = v?.trim();
    }
  }
  const stages = [];
  for (const i of ins) {
    if (i.kw === 'FROM') stages.push({ from: i, body: [] });
    else if (stages.length) stages.at(-1).body.push(i);
  }
  if (stages.length < 2) fail('must be multi-stage (build, then a slim runtime)');
  const names = new Set();
  for (const { from } of stages) {
    const [ref, as, name] = from.args.split(/\s+/);
    const image = ref.replace(/\$\{?(\w+)\}?/g, (_, a) => globalArgs[a] ?? `<unset ${a}>`);
    if (!names.has(image)) {
      const tag = image.includes('@sha256:') ? 'digest' : image.split('/').at(-1).split(':')[1];
      if (!tag) fail(`base image ${image} has no tag: pin a version`, from.line);
      else if (tag !== 'digest' && (tag === 'latest' || !/\d/.test(tag))) fail(`base image ${image}: pin a version tag, not "${tag}"`, from.line);
    }
    if (as?.toUpperCase() === 'AS') names.add(name);
  }
  const final = stages.at(-1).body;
  const users = final.filter((i) => i.kw === 'USER');
  const lastUser = users.at(-1)?.args.split(':')[0].trim();
  if (!lastUser) fail('the runtime stage must switch to a non-root USER');
  else if (!/^\d+$/.test(lastUser) || lastUser === '0') fail(`runtime USER must be a numeric non-root UID, not "${lastUser}"`, users.at(-1).line);
  for (const i of ins) {
    if (i.kw === 'ADD') fail('use COPY, not ADD (no remote URLs or archives)', i.line);
    if (i.kw === 'ENV' || i.kw === 'ARG') {
      for (const m of i.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=/g)) {
        if (/PASSWORD|SECRET|TOKEN|PRIVATE_KEY|API_KEY/i.test(m[1]) && !/_(LOCATION|FILE)$/.test(m[1])) {
          fail(`${i.kw} ${m[1]}: secrets must never be baked into an image`, i.line);
        }
      }
    }
    if (/\b(curl|wget)\b[^|]*\|\s*(ba)?sh/.test(i.args)) fail('no piping downloads into a shell', i.line);
  }
  if (!final.some((i) => i.kw === 'EXPOSE' && /\b8080\b/.test(i.args))) fail('the runtime stage must EXPOSE 8080');
  if (!final.some((i) => i.kw === 'HEALTHCHECK')) fail('the runtime stage needs a HEALTHCHECK');
  const at = (pred) => ins.findIndex(pred);
  extraRules({ ins, final, at, fail });
}

const apiRules = ({ final, at, fail }) => {
  const pom = at((i) => i.kw === 'COPY' && /backend\/pom\.xml/.test(i.args));
  const deps = at((i) => i.kw === 'RUN' && /mvn .*go-offline/.test(i.args));
  const src = at((i) => i.kw === 'COPY' && /backend\/src/.test(i.args));
  if (!(pom >= 0 && pom < deps && deps < src)) fail('copy pom.xml and resolve dependencies before copying the sources');
  for (const part of ['lib/boot/', 'lib/main/', 'quarkus-run.jar', 'app/', 'quarkus/']) {
    const copies = final.filter((i) => i.kw === 'COPY' && i.args.includes(`quarkus-app/${part}`));
    if (copies.length !== 1) fail(`the fast-jar part ${part} must be its own COPY layer`);
  }
  if (!final.some((i) => i.kw === 'ENTRYPOINT' && i.args.includes('quarkus-run.jar'))) fail('ENTRYPOINT must run quarkus-run.jar');
  if (!final.some((i) => i.kw === 'ENV' && /LORKIT_DATA_DIR=\/data/.test(i.args))) fail('LORKIT_DATA_DIR must point at the /data volume');
  if (!final.some((i) => i.kw === 'VOLUME' && i.args.includes('/data'))) fail('/data must be a VOLUME');
  // The API's own default is 127.0.0.1 (a laptop on hospital Wi-Fi); in a container nothing could reach it.
  if (!final.some((i) => i.kw === 'ENV' && /LORKIT_HTTP_HOST=0\.0\.0\.0/.test(i.args))) fail('LORKIT_HTTP_HOST must be 0.0.0.0 in the image');
};
lint('api.Containerfile', apiRules);

lint('spa.Containerfile', ({ ins, final, at, fail }) => {
  const lock = at((i) => i.kw === 'COPY' && /package-lock\.json/.test(i.args));
  const ci = at((i) => i.kw === 'RUN' && /npm ci\b/.test(i.args));
  const src = at((i) => i.kw === 'COPY' && /^frontend\/? /.test(i.args));
  if (!(lock >= 0 && lock < ci && ci < src)) fail('copy package.json + package-lock.json and npm ci before copying the sources');
  if (!ins.some((i) => i.kw === 'RUN' && /npm run build/.test(i.args))) fail('must build with npm run build');
  if (!final.some((i) => i.kw === 'COPY' && /\/etc\/nginx\/templates\/.*\.template/.test(i.args))) fail('nginx config must be an envsubst template');
  if (!final.some((i) => i.kw === 'ENV' && /LORKIT_API_UPSTREAM=/.test(i.args))) fail('LORKIT_API_UPSTREAM needs a default');
});

// The rules must catch what they claim to: each broken copy of api.Containerfile must fail.
if (process.argv.includes('--self-test')) {
  const good = readFileSync(join(deploy, 'api.Containerfile'), 'utf8');
  const broken = {
    'runs as root': good.replace(/^USER 10001$/m, 'USER root'),
    'no USER': good.replace(/^USER 10001$/m, ''),
    'an unpinned base': good.replace(/:[\w.]+-jre-noble/, ':latest'),
    'ADD of a URL': good.replace(/^EXPOSE 8080$/m, 'ADD https://example.org/x.jar /deployments/\nEXPOSE 8080'),
    'a baked-in secret': good.replace(/^ENV LANG=C.UTF-8/m, 'ENV LORKIT_DB_PASSWORD=hunter2 LANG=C.UTF-8'),
    'no HEALTHCHECK': good.replace(/^HEALTHCHECK[\s\S]*?\n(?=ENTRYPOINT)/m, ''),
    'sources before dependencies': good.replace('COPY backend/pom.xml ./', 'COPY backend/pom.xml ./\nCOPY backend/src ./src'),
    'one layer for the fast-jar': good.replace(/^COPY --from=build --chown=10001:0 \/src\/backend\/target\/quarkus-app\/lib\/main\/.*$/m, ''),
    'an API reachable only from inside the container': good.replace(/^ *LORKIT_HTTP_HOST=0\.0\.0\.0 \\\n/m, ''),
    'a syntax error': good.replace(/^EXPOSE 8080$/m, 'EXPOSE eighty'),
  };
  let missed = 0;
  for (const [what, text] of Object.entries(broken)) {
    if (text === good) throw new Error(`self-test "${what}" did not change the file`);
    const before = problems.length;
    lint('api.Containerfile (broken)', apiRules, text);
    const caught = problems.length > before;
    problems.length = before;
    console.log(`  ${caught ? '✓' : '✗'} a Containerfile with ${what} is refused`);
    if (!caught) missed++;
  }
  if (missed) problems.push(`self-test: ${missed} broken Containerfile(s) were not caught`);
}

if (problems.length) {
  console.error(problems.map((p) => `  ✗ ${p}`).join('\n'));
  console.error(`containerfiles: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log('containerfiles: api.Containerfile and spa.Containerfile pass dockerfile-utils and the image rules');
