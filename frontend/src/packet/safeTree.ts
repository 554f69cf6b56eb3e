// The packet's printable HTML, shown inside the app. The API's document is
// parsed by the browser, then only plain structure is kept (headings,
// paragraphs, lists, bold): no scripts, styles, links or attributes can come
// through, and the app's own CSS lays it out on screen and on paper (inline
// <style> would be blocked by the app's Content-Security-Policy anyway).

/** What is kept: text, or an allowed element with its children. */
export type SafeNode = string | { tag: SafeTag; className?: string; children: SafeNode[] };

export type SafeTag = 'h2' | 'h3' | 'h4' | 'p' | 'ul' | 'ol' | 'li' | 'strong' | 'em' | 'br';

/** The packet's own headings move one level down: the screen's h1 names the page. */
const TAGS: Record<string, SafeTag> = {
  H1: 'h2',
  H2: 'h3',
  H3: 'h4',
  P: 'p',
  UL: 'ul',
  OL: 'ol',
  LI: 'li',
  STRONG: 'strong',
  B: 'strong',
  EM: 'em',
  I: 'em',
  BR: 'br',
};

/** Gone with everything inside: never text the writer should read. */
const DROPPED = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'TITLE']);

/** The classes the packet uses for its subtitle and closing note. */
const CLASSES = new Set(['sub', 'note']);

/** The part of a DOM node read here (so tests can pass plain objects). */
export interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function safeChildren(node: NodeLike): SafeNode[] {
  const out: SafeNode[] = [];
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      if (child.textContent) out.push(child.textContent);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue; // comments and the like
    const name = child.nodeName.toUpperCase();
    if (DROPPED.has(name)) continue;
    const tag = TAGS[name];
    if (!tag) {
      out.push(...safeChildren(child)); // an unknown wrapper (div, section, a…): keep its content only
      continue;
    }
    const className = (child.getAttribute?.('class') ?? '').split(/\s+/).find((c) => CLASSES.has(c));
    out.push({ tag, ...(className ? { className } : {}), children: tag === 'br' ? [] : safeChildren(child) });
  }
  return out;
}

/** Parses the API's HTML (in the browser) and keeps the safe structure of its body. */
export function safePacket(html: string, parser: DOMParser = new DOMParser()): SafeNode[] {
  const doc = parser.parseFromString(html, 'text/html');
  return safeChildren(doc.body);
}
