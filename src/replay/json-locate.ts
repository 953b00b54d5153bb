// Where a field of a JSON text is, as a line and column, so a problem found in the parsed value can
// be shown where a person would look for it. Only called on text that JSON.parse has accepted.

export interface Position {
  readonly line: number;
  readonly col: number;
}

/**
 * The position of the value at `path` (`header.seed`, `actions[3].action.type`); a missing field
 * points at the object or list that should hold it.
 */
export function locateJsonPath(text: string, path: string): Position {
  let i = skipSpace(text, 0);
  for (const segment of segmentsOf(path)) {
    const found = typeof segment === 'number' ? elementAt(text, i, segment) : memberAt(text, i, segment);
    if (found < 0) break;
    i = found;
  }
  return positionOf(text, i);
}

/** The line and column (both from 1) of an offset; the column counts UTF-16 units, as editors do. */
export function positionOf(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}

function segmentsOf(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const index of (m[2] ?? '').matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  return i;
}

/** The offset just past the string that starts at `i`. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charAt(j);
    if (c === '\\') j++;
    else if (c === '"') return j + 1;
  }
  return text.length;
}

/** The offset just past the value that starts at `i`. */
function valueEnd(text: string, i: number): number {
  const c = text.charAt(i);
  if (c === '"') return stringEnd(text, i);
  if (c !== '{' && c !== '[') {
    let j = i;
    while (j < text.length && !',]} \t\n\r'.includes(text.charAt(j))) j++;
    return j;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const d = text.charAt(j);
    if (d === '"') j = stringEnd(text, j) - 1;
    else if (d === '{' || d === '[') depth++;
    else if (d === '}' || d === ']') {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return text.length;
}

function memberAt(text: string, i: number, key: string): number {
  if (text.charAt(i) !== '{') return -1;
  let j = skipSpace(text, i + 1);
  while (text.charAt(j) === '"') {
    const end = stringEnd(text, j);
    const name = JSON.parse(text.slice(j, end)) as string;
    const value = skipSpace(text, skipSpace(text, end) + 1);
    if (name === key) return value;
    j = skipSpace(text, valueEnd(text, value));
    if (text.charAt(j) !== ',') return -1;
    j = skipSpace(text, j + 1);
  }
  return -1;
}

function elementAt(text: string, i: number, index: number): number {
  if (text.charAt(i) !== '[') return -1;
  let j = skipSpace(text, i + 1);
  for (let n = 0; j < text.length && text.charAt(j) !== ']'; n++) {
    if (n === index) return j;
    j = skipSpace(text, valueEnd(text, j));
    if (text.charAt(j) !== ',') return -1;
    j = skipSpace(text, j + 1);
  }
  return -1;
}

/** Where a text stops being JSON: the offset, and whether it simply ran out (a cut-short file). */
export interface SyntaxFault {
  readonly offset: number;
  readonly truncated: boolean;
  readonly found: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

/**
 * The first place the text breaks JSON's grammar, or null if it does not. JSON.parse's own messages
 * differ between engines and often give no position; this scanner gives the same answer everywhere.
 * It keeps its own stack, so a deeply nested file cannot overflow the call stack.
 */
export function jsonSyntaxFault(text: string): SyntaxFault | null {
  const stack: string[] = [];
  let need: 'value' | 'key' | 'after' = 'value';
  let i = 0;
  const fault = (at: number): SyntaxFault => ({
    offset: at,
    truncated: at >= text.length,
    found: at >= text.length ? 'the end of the file' : JSON.stringify(text.charAt(at)),
  });
  for (;;) {
    i = skipSpace(text, i);
    const c = text.charAt(i);
    if (i >= text.length && !(need === 'after' && stack.length === 0)) return fault(i);
    if (need === 'key') {
      if (c !== '"') return fault(i);
      const end = stringFault(text, i);
      if (end < 0) return fault(-end - 1);
      i = skipSpace(text, end);
      if (text.charAt(i) !== ':') return fault(i);
      i++;
      need = 'value';
    } else if (need === 'value') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i = skipSpace(text, i + 1);
        const close = c === '{' ? '}' : ']';
        if (text.charAt(i) === close) {
          stack.pop();
          i++;
          need = 'after';
        } else need = c === '{' ? 'key' : 'value';
      } else if (c === '"') {
        const end = stringFault(text, i);
        if (end < 0) return fault(-end - 1);
        i = end;
        need = 'after';
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        const end = m ? i + m[0].length : i;
        if (end === i || (end < text.length && '.eE'.includes(text.charAt(end)))) return fault(end);
        i = end;
        need = 'after';
      } else {
        const word = LITERALS.find((w) => text.startsWith(w, i));
        if (!word) {
          const rest = text.slice(i);
          const partial = LITERALS.some((w) => w.startsWith(rest));
          return fault(partial ? text.length : i);
        }
        i += word.length;
        need = 'after';
      }
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i >= text.length ? null : fault(i);
      if (c === ',') {
        i++;
        need = top === '{' ? 'key' : 'value';
      } else if (c === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else return fault(i);
    }
  }
}

/** The offset past the string at `i`, or -(offset + 1) of the fault inside it. */
function stringFault(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code < 0x20) return -(j + 1);
    if (code === 0x22) return j + 1;
    if (code === 0x5c) {
      const e = text.charAt(j + 1);
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6)))
          return -(Math.min(j + 2 + text.slice(j + 2, j + 6).length, text.length) + 1);
        j += 5;
      } else if ('"\\/bfnrt'.includes(e) && e !== '') j++;
      else return -(j + 2);
    }
  }
  return -(text.length + 1);
}
