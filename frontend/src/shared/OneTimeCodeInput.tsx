// A code from the authenticator app: digits only on the phone's keyboard, offered by the phone's
// one-time-code autofill, a space allowed (apps show "123 456").
import type { InputA11y } from './Field';

interface Props {
  a11y: InputA11y;
  value: string;
  onInput(value: string): void;
}

export function OneTimeCodeInput({ a11y, value, onInput }: Props) {
  return (
    <input
      {...a11y}
      type="text"
      inputMode="numeric"
      pattern="[0-9 ]*"
      autocomplete="one-time-code"
      maxLength={7}
      value={value}
      onInput={(e) => onInput(e.currentTarget.value)}
    />
  );
}
