// The safe structure of the packet (see safeTree.ts) as elements, laid out by
// the app's CSS: a sheet on screen, a clean page on paper.
import { h, type ComponentChildren } from 'preact';
import type { SafeNode } from './safeTree';

function render(nodes: SafeNode[]): ComponentChildren {
  return nodes.map((node, index) =>
    typeof node === 'string'
      ? node
      : h(
          node.tag,
          { key: index, ...(node.className ? { class: `packet-${node.className}` } : {}) },
          ...(node.tag === 'br' ? [] : [render(node.children)]),
        ),
  );
}

export function PacketView({ nodes }: { nodes: SafeNode[] }) {
  return (
    <article class="packet-sheet" aria-label="Packet preview">
      {render(nodes)}
    </article>
  );
}
