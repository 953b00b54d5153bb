// Messages from the engine and the replay reader are clauses ("the file is empty…"); shown to a
// person they are sentences.

/** "this saved game is damaged…" → "This saved game is damaged….". */
export function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
