/** The line under a story's title. When the API made the title from the
 *  summary's first sentence, show what follows it instead of repeating it. */
export function summaryLine(story: { title?: string; summary?: string | null }): string {
  const summary = story.summary?.trim() ?? '';
  const title = story.title?.trim() ?? '';
  if (!title || !summary.startsWith(title)) return summary;
  const rest = summary.slice(title.length);
  // Only a whole first sentence counts; the title may or may not keep its final stop.
  const wholeSentence = rest === '' || /^[.!?…]/.test(rest) || (/[.!?…]$/.test(title) && /^\s/.test(rest));
  return wholeSentence ? rest.replace(/^[.!?…]*\s*/, '') : summary;
}
