// "Tag to the writer's form": a closed <details> under the story form, so logging stays
// one text box and Save. Inside, one group of checkboxes per form the applicant's writers
// fill in (eSLOE parts, OB/GYN SLOE competencies, ACGME competencies…). Without the
// catalogue (offline, first load) nothing shows: tags can be added later.
import { CheckboxGroup } from '../shared/CheckboxGroup';
import { useQuery } from '../shared/query';
import { tagCount, tagGroups } from './formTags';
import { listWriterForms } from './writerFormsApi';

interface Props {
  chosen: readonly string[];
  error?: string | undefined;
  onChange(chosen: string[]): void;
}

export function FormFieldTags({ chosen, error, onChange }: Props) {
  const [state] = useQuery(['writer-forms'], listWriterForms);
  if (state.status !== 'loaded') return null;
  const groups = tagGroups(state.value);
  if (groups.length === 0) return null;
  const count = tagCount(chosen);
  return (
    <details class="form-tags" open={!!error}>
      <summary>Tag to the writer's form{count && <span class="hint"> ({count})</span>}</summary>
      <p class="hint">
        Untagged stories are placed by their competencies. Tag one when you know which field of the form it speaks to.
      </p>
      {error && <p class="field-error">{error}</p>}
      {groups.map((group) => {
        const own = group.options.map((o) => o.value);
        return (
          <CheckboxGroup
            key={group.key}
            legend={group.name}
            hint={[group.writers.length > 0 ? `Filled in by ${group.writers.join(', ')}.` : '', group.note ?? '']
              .filter(Boolean)
              .join(' ')}
            options={group.options}
            chosen={chosen.filter((key) => own.includes(key))}
            // Tags of the other forms stay as they are.
            onChange={(next) => onChange([...chosen.filter((key) => !own.includes(key)), ...next])}
          />
        );
      })}
    </details>
  );
}
