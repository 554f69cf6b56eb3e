import { describe, expect, it } from 'vitest';
import { safeChildren, type NodeLike } from './safeTree';

// Plain objects shaped like DOM nodes: Vitest runs without a DOM here.
const text = (value: string): NodeLike => ({ nodeType: 3, nodeName: '#text', textContent: value, childNodes: [] });
const el = (name: string, children: NodeLike[] = [], attrs: Record<string, string> = {}): NodeLike => ({
  nodeType: 1,
  nodeName: name.toUpperCase(),
  textContent: null,
  childNodes: children,
  getAttribute: (attr) => attrs[attr] ?? null,
});
const body = (...children: NodeLike[]) => el('body', children);

describe('safeChildren', () => {
  it('keeps headings (one level down), paragraphs, lists and bold', () => {
    const tree = safeChildren(
      body(
        el('h1', [text('Talking points')]),
        el('p', [text('For Dr. Lee')], { class: 'sub' }),
        el('ol', [el('li', [el('strong', [text('Case')]), text(' shown.')])]),
      ),
    );
    expect(tree).toEqual([
      { tag: 'h2', children: ['Talking points'] },
      { tag: 'p', className: 'sub', children: ['For Dr. Lee'] },
      { tag: 'ol', children: [{ tag: 'li', children: [{ tag: 'strong', children: ['Case'] }, ' shown.'] }] },
    ]);
  });

  it('drops scripts, styles and their text; keeps only the text of links and unknown wrappers', () => {
    const tree = safeChildren(
      body(
        el('script', [text('alert(1)')]),
        el('style', [text('body{}')]),
        el('div', [el('a', [text('a link')], { href: 'javascript:alert(1)' })]),
        { nodeType: 8, nodeName: '#comment', textContent: 'hidden', childNodes: [] },
      ),
    );
    expect(tree).toEqual(['a link']);
  });

  it('keeps no attribute but the two classes the packet uses', () => {
    const tree = safeChildren(
      body(
        el('p', [text('x')], { class: 'note evil', onclick: 'alert(1)', style: 'color:red' }),
        el('p', [text('y')], { class: 'evil' }),
      ),
    );
    expect(tree).toEqual([
      { tag: 'p', className: 'note', children: ['x'] },
      { tag: 'p', children: ['y'] },
    ]);
  });
});
