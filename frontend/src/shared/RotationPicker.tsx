// The rotation a story or a piece of feedback belongs to, chosen from the applicant's rotations
// (loaded by useLinkChoices); leaving it empty is allowed.
import type { Rotation } from '../api/types';
import { Field } from './Field';

interface Props {
  label: string;
  rotations: readonly Rotation[];
  value: string;
  error?: string | undefined;
  onChange(rotationId: string): void;
}

export function RotationPicker({ label, rotations, value, error, onChange }: Props) {
  return (
    <Field label={label} name="rotationId" error={error}>
      {(a11y) => (
        <select {...a11y} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="">Not on a rotation I logged</option>
          {rotations.map((r) => (
            <option key={r.id} value={r.id}>
              {[r.institution, r.specialty].filter(Boolean).join(' — ')}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
