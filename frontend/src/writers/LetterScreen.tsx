export function LetterScreen({ id }: { id: string }) {
  return <p>{id}</p>;
}
