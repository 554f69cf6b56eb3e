// A tiny renderer for the subset of Kustomize that deploy/k8s uses (resources, namespace, labels,
// images, patches by strategic merge of maps and of lists keyed by "name"). Used only when no
// `kubectl kustomize` is installed; check-k8s.mjs compares both renderers when both exist.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

const readDocs = (file) =>
  parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS()).filter((d) => d && typeof d === 'object');

const isObject = (v) => v && typeof v === 'object' && !Array.isArray(v);

function merge(base, patch) {
  if (isObject(base) && isObject(patch)) {
    const out = { ...base };
    for (const [k, v] of Object.entries(patch)) out[k] = k in base ? merge(base[k], v) : v;
    return out;
  }
  if (Array.isArray(base) && Array.isArray(patch) && [...base, ...patch].every((e) => isObject(e) && 'name' in e)) {
    const out = base.map((e) => {
      const p = patch.find((q) => q.name === e.name);
      return p ? merge(e, p) : e;
    });
    for (const p of patch) if (!base.some((e) => e.name === p.name)) out.push(p);
    return out;
  }
  return patch;
}

function applyImages(node, images) {
  if (Array.isArray(node)) return node.forEach((n) => applyImages(n, images));
  if (!isObject(node)) return;
  for (const key of ['containers', 'initContainers']) {
    for (const c of node[key] ?? []) {
      const [name, tag] = c.image.split(':');
      const rule = images.find((i) => i.name === name);
      if (rule) c.image = `${rule.newName ?? name}:${rule.newTag ?? tag ?? 'latest'}`;
    }
  }
  Object.values(node).forEach((v) => applyImages(v, images));
}

const NAMESPACED_NOT = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'StorageClass']);

export function render(dir) {
  const k = readDocs(join(dir, 'kustomization.yaml'))[0];
  let objects = [];
  for (const r of k.resources ?? []) {
    const path = resolve(dir, r);
    objects.push(...(statSync(path).isDirectory() ? render(path) : readDocs(path)));
  }
  for (const p of k.patches ?? []) {
    for (const patch of readDocs(resolve(dir, p.path))) {
      const i = objects.findIndex((o) => o.kind === patch.kind && o.metadata.name === patch.metadata.name);
      if (i < 0) throw new Error(`patch ${p.path}: no ${patch.kind}/${patch.metadata.name} to patch`);
      objects[i] = merge(objects[i], patch);
    }
  }
  for (const l of k.labels ?? []) {
    for (const o of objects) {
      o.metadata.labels = { ...(o.metadata.labels ?? {}), ...l.pairs };
      if (l.includeSelectors) throw new Error('kustomize-lite: labels.includeSelectors is not supported');
    }
  }
  if (k.images) applyImages(objects, k.images);
  if (k.namespace) {
    for (const o of objects) if (!NAMESPACED_NOT.has(o.kind)) o.metadata.namespace = k.namespace;
  }
  return objects;
}

export const renderDir = (dir) => render(resolve(dir));
export const here = dirname(new URL(import.meta.url).pathname);
