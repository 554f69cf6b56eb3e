// A writer's word, said in plain words: the three buttons of the writer's page, what the page says
// back once an answer is recorded, and how the applicant sees it (letters board, letter history).
// The writer's word is theirs, not the service's: the letter's status moves only when the applicant
// records it (she checks the letter's service, ERAS or ResidencyCAS, and marks it received there).
import type { Letter, LetterStatus, WriterAnswer, WriterWord } from '../api/types';
import { servicesSaid } from '../shared/services';

/** The three buttons, in the order the page shows them. */
export const ANSWER_BUTTONS: Record<WriterAnswer, string> = {
  WILL_WRITE: 'I will write it',
  CANNOT_WRITE: "I can't this time",
  UPLOADED: 'I have uploaded it',
};
export const ANSWER_ORDER: readonly WriterAnswer[] = ['WILL_WRITE', 'CANNOT_WRITE', 'UPLOADED'];

const DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const FULL_DAY = new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeZone: 'UTC' });

/** "Dec 2" for an instant (its UTC day) or an ISO day. */
export function shortDay(iso: string): string {
  return DAY.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
}

/** "Friday, August 20, 2027" for an ISO day. */
export function fullDay(iso: string): string {
  return FULL_DAY.format(new Date(`${iso}T00:00:00Z`));
}

/** What the writer's page says once an answer is recorded. */
export function recordedSentence(answer: WriterAnswer, applicant: string): string {
  switch (answer) {
    case 'WILL_WRITE':
      return `Recorded: you will write it. Thank you! ${applicant} can see your answer now.`;
    case 'CANNOT_WRITE':
      return `Recorded: you can't write it this time. Thank you for saying so: ${applicant} can now ask someone else in time.`;
    case 'UPLOADED':
      return `Recorded: you have uploaded it. Thank you! ${applicant} will check that it arrived and mark it received: there is nothing more for you to do.`;
  }
}

/** What the writer said, in the words of the applicant's screens: "says it is uploaded". */
const SAYS: Record<WriterAnswer, string> = {
  WILL_WRITE: 'says they will write it',
  CANNOT_WRITE: "says they can't write it this time",
  UPLOADED: 'says it is uploaded',
};

/** A word as the API sends it (every field present). */
type SaidWord = WriterWord & { answer: WriterAnswer; saidAt: string };
const isWord = (word: WriterWord | null | undefined): word is SaidWord => !!word?.answer && !!word.saidAt;

const noteOf = (word: WriterWord) => (word.note?.trim() ? ` “${word.note.trim()}”` : '');

/** The latest word as said to someone who only follows along (an adviser): no advice, but an upload
 *  is said to be the writer's word until the applicant confirmed it. */
export function saidLine(writer: string, status: LetterStatus | undefined, word: WriterWord | null | undefined): string | null {
  if (!isWord(word)) return null;
  const unconfirmed = word.answer === 'UPLOADED' && status !== 'RECEIVED' ? ' Not confirmed as received yet.' : '';
  return `${writer} ${SAYS[word.answer]} (${shortDay(word.saidAt)}).${unconfirmed}${noteOf(word)}`;
}

/** The latest word on the letters board, with what to do about it (where to check: the letter's own
 *  services); null when the writer said nothing. */
export function boardLine(letter: Pick<Letter, 'attendingName' | 'status' | 'writerWord' | 'services'>): string | null {
  const { status, writerWord: word } = letter;
  if (!isWord(word)) return null;
  const said = `${letter.attendingName ?? 'The writer'} ${SAYS[word.answer]} (${shortDay(word.saidAt)}).`;
  if (word.answer === 'UPLOADED' && status !== 'RECEIVED')
    return `${said} Check ${servicesSaid(letter.services)}, then mark it received.${noteOf(word)}`;
  if (word.answer === 'CANNOT_WRITE' && status !== 'RECEIVED')
    return `${said} Thank them, and think about asking another writer.${noteOf(word)}`;
  return `${said}${noteOf(word)}`;
}

/** One line of a letter's history: a step the applicant recorded, or the writer's word. */
export type HistoryLine =
  { kind: 'move'; at: string; entry: NonNullable<Letter['history']>[number] } | { kind: 'word'; at: string; word: SaidWord };

/** The steps and the writer's words together, in date order (a step and a word at the same moment: the step first). */
export function historyLines(letter: Pick<Letter, 'history' | 'writerWords'>): HistoryLine[] {
  const moves: HistoryLine[] = (letter.history ?? []).map((entry) => ({ kind: 'move', at: entry.at ?? '', entry }));
  const words: HistoryLine[] = (letter.writerWords ?? []).filter(isWord).map((word) => ({ kind: 'word', at: word.saidAt, word }));
  return [...moves, ...words]
    .map((line, index) => ({ line, index }))
    .sort((a, b) => Date.parse(a.line.at) - Date.parse(b.line.at) || a.index - b.index)
    .map(({ line }) => line);
}

/** A word in the letter's history: "Dr Mitchell said: I have uploaded it". */
export function historyWord(writer: string, word: SaidWord): string {
  return `${writer} said on the writer's page: “${ANSWER_BUTTONS[word.answer]}”${word.note?.trim() ? `, and wrote “${word.note.trim()}”` : ''}`;
}
