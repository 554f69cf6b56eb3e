// The notification settings as the form edits them, and back to the API's input.
import type { NotificationSettings, NotificationSettingsInput } from '../api/types';

export interface NotificationForm {
  digest: 'OFF' | 'DAILY' | 'WEEKLY';
  digestWeekday: NonNullable<NotificationSettingsInput['digestWeekday']>;
  digestAt: string;
  quiet: boolean;
  quietFrom: string;
  quietUntil: string;
  urgentNotes: boolean;
  emailEnabled: boolean;
  pushEnabled: boolean;
}

export function formOf(s: NotificationSettings): NotificationForm {
  return {
    digest: s.digest ?? 'OFF',
    digestWeekday: s.digestWeekday ?? 'MONDAY',
    digestAt: s.digestAt ?? '07:30',
    quiet: s.quietFrom != null,
    quietFrom: s.quietFrom ?? '22:00',
    quietUntil: s.quietUntil ?? '07:00',
    urgentNotes: s.urgentNotes ?? true,
    emailEnabled: s.emailEnabled ?? false,
    pushEnabled: s.pushEnabled ?? false,
  };
}

/** Quiet hours switched off send no times at all (the API wants both or neither). */
export function toInput(f: NotificationForm): NotificationSettingsInput {
  return {
    digest: f.digest,
    digestWeekday: f.digestWeekday,
    digestAt: f.digestAt,
    quietFrom: f.quiet ? f.quietFrom : null,
    quietUntil: f.quiet ? f.quietUntil : null,
    urgentNotes: f.urgentNotes,
    emailEnabled: f.emailEnabled,
    pushEnabled: f.pushEnabled,
  };
}
