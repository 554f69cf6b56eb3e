// The form-field tags a story can take: the fields of the forms that matter to the
// applicant (the API says which: `yours`), without the writer's own calls (rank,
// guidance), which take no evidence. Labels and notes are the API's words.
import type { WriterForm } from '../api/types';

export interface TagGroup {
  key: string;
  name: string;
  /** "Field list not confirmed…" when the API could not confirm the form's fields. */
  note: string | null;
  /** Who fills it in, e.g. "Dr. Elena Ramos"; empty when none of the writers does yet. */
  writers: string[];
  options: { value: string; label: string; hint: string }[];
}

export function tagGroups(forms: readonly WriterForm[]): TagGroup[] {
  return forms
    .filter((form) => form.yours)
    .map((form) => ({
      key: form.key,
      name: form.name,
      note: form.unverified ? (form.note ?? null) : null,
      writers: form.writers.map((w) => w.name),
      options: form.fields.filter((f) => !f.writersCall).map((f) => ({ value: f.key, label: f.label, hint: f.hint })),
    }))
    .filter((group) => group.options.length > 0);
}

/** How many of the chosen tags a summary line mentions: "2 tags". */
export function tagCount(chosen: readonly string[]): string {
  if (chosen.length === 0) return '';
  return chosen.length === 1 ? '1 tag' : `${chosen.length} tags`;
}
