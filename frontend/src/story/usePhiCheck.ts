// Checks the story's text for patient identifiers while the applicant types,
// so the flagged words show before they leave the screen (the API checks again
// on save). Waits for a pause in typing; only when online; nothing is stored.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client';
import type { PhiWarning } from '../api/types';
import { online } from '../shared/connection';

const PAUSE_MS = 600;

export type PhiByField = Record<string, PhiWarning[]>;

export function usePhiCheck(texts: Record<string, string>): PhiByField {
  const [found, setFound] = useState<PhiByField>({});
  const checked = useRef<Record<string, string>>({});
  const key = JSON.stringify(texts);

  useEffect(() => {
    const timer = setTimeout(() => {
      if (!online.get()) return;
      for (const [field, text] of Object.entries(texts)) {
        if (checked.current[field] === text) continue;
        checked.current[field] = text;
        if (!text.trim()) {
          setFound((now) => ({ ...now, [field]: [] }));
          continue;
        }
        void check(text).then((warnings) => {
          // An answer for text typed over since is stale: keep only the latest.
          if (warnings && checked.current[field] === text) {
            setFound((now) => ({ ...now, [field]: warnings.map((w) => ({ ...w, field })) }));
          }
        });
      }
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [key]);

  return found;
}

async function check(text: string): Promise<PhiWarning[] | null> {
  try {
    const { data } = await api.POST('/api/v1/phi/check', { body: { text } });
    return data?.warnings ?? null;
  } catch {
    return null; // offline or no answer: the save will check
  }
}
