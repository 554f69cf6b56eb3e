// Copying text to the clipboard on a phone. The Clipboard API needs a secure
// context and may be refused (older WebViews, permissions); then an off-screen
// textarea and execCommand('copy') still work in most browsers. When both fail
// the caller says so, and the text stays on screen to select by hand.

export interface CopyEnv {
  clipboard?: Pick<Clipboard, 'writeText'> | undefined;
  document?: Document | undefined;
}

export async function copyText(
  text: string,
  env: CopyEnv = { clipboard: globalThis.navigator?.clipboard, document: globalThis.document },
): Promise<boolean> {
  if (env.clipboard) {
    try {
      await env.clipboard.writeText(text);
      return true;
    } catch {
      // refused: try the old way below
    }
  }
  return copyWithTextarea(text, env.document);
}

function copyWithTextarea(text: string, doc: Document | undefined): boolean {
  if (!doc?.body) return false;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  // Off screen, and large enough a font that iOS does not zoom in on it.
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  area.style.fontSize = '16px';
  doc.body.appendChild(area);
  try {
    area.select();
    area.setSelectionRange(0, text.length);
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
