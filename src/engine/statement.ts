// What a side says with a move: a short line of plain text in each language. It never changes the
// rules' outcome, but it is logged, saved, hashed and shown, so it is held to a size and a form.

import { err, ok, type Result } from '../result';
import type { SideId } from '../scenario/sides';
import { OFFER_CAUSES, STATEMENT_INTENTS, type Statement } from './actions';
import { describeValue } from './describe';
import { type ActionError, actionError } from './errors';
import { isRecord, ownField } from './untrusted';

/** At most this many characters (Unicode code points) in each language. */
export const STATEMENT_MAX_LENGTH = 280;

const LANGUAGES = ['en', 'es'] as const;

const SHAPE = '`say` must be { text: { en, es }, intent?, cause?, bluff?: boolean }';

/**
 * The statement rebuilt from its own data fields, or why it is refused. "Plain text" means well-formed
 * Unicode with no control characters (C0, DEL, C1, so no line breaks or tabs: a statement is one
 * line), no line or paragraph separators, and no bidirectional embedding, override or isolate
 * controls (which can make a line display other than it reads).
 */
export function checkStatement(
  value: unknown,
  side: SideId,
  isOffer: boolean,
): Result<Statement, ActionError> {
  if (!isRecord(value)) return err(actionError('MALFORMED_ACTION', `${SHAPE}, not ${describeValue(value)}`));
  const text = ownField(value, 'text');
  const bluff = ownField(value, 'bluff');
  const intent = choice(value, 'intent', STATEMENT_INTENTS);
  if (!intent.ok) return err(intent.error);
  const cause = choice(value, 'cause', OFFER_CAUSES);
  if (!cause.ok) return err(cause.error);
  if (cause.value !== undefined && !isOffer) {
    return err(
      actionError('MALFORMED_ACTION', '`say.cause` explains an offer: only propose and counter carry one'),
    );
  }
  if (text.kind !== 'value' || !isRecord(text.value)) return err(actionError('MALFORMED_ACTION', SHAPE));
  const said: Record<(typeof LANGUAGES)[number], string> = { en: '', es: '' };
  for (const language of LANGUAGES) {
    const field = ownField(text.value, language);
    if (field.kind !== 'value' || typeof field.value !== 'string') {
      return err(actionError('MALFORMED_ACTION', `${SHAPE}; \`text.${language}\` is not a string`));
    }
    const problem = textProblem(field.value);
    const who = `what ${side.toUpperCase()} says in ${language}`;
    if (problem === 'too-long') {
      return err(
        actionError(
          'STATEMENT_TOO_LONG',
          `${who} is longer than ${STATEMENT_MAX_LENGTH} characters (${describeValue(field.value)})`,
        ),
      );
    }
    if (problem !== null) {
      return err(actionError('STATEMENT_NOT_PLAIN_TEXT', `${who} is not plain text: it holds ${problem}`));
    }
    said[language] = field.value;
  }
  if (
    bluff.kind === 'unreadable' ||
    (bluff.kind === 'value' && bluff.value !== undefined && typeof bluff.value !== 'boolean')
  ) {
    return err(actionError('MALFORMED_ACTION', `${SHAPE}; \`bluff\` is not true or false`));
  }
  const statement: Statement = { text: { en: said.en, es: said.es } };
  if (intent.value !== undefined) statement.intent = intent.value;
  if (cause.value !== undefined) statement.cause = cause.value;
  if (bluff.kind === 'value' && typeof bluff.value === 'boolean') statement.bluff = bluff.value;
  return ok(statement);
}

/** An optional field that must be one of a few names. */
function choice<T extends string>(
  value: object,
  key: string,
  names: readonly T[],
): Result<T | undefined, ActionError> {
  const field = ownField(value, key);
  if (field.kind === 'unreadable')
    return err(actionError('MALFORMED_ACTION', `\`say.${key}\` must be plain data`));
  if (field.kind !== 'value' || field.value === undefined) return ok(undefined);
  const found = names.find((name) => name === field.value);
  if (found !== undefined) return ok(found);
  const list = names.map((n) => `"${n}"`).join(', ');
  return err(
    actionError(
      'MALFORMED_ACTION',
      `\`say.${key}\` must be one of ${list}, not ${describeValue(field.value)}`,
    ),
  );
}

/** Why a text is not a plain statement, or null; a long text is judged on its length alone. */
function textProblem(text: string): 'too-long' | string | null {
  // Two UTF-16 units at most per code point: anything longer is too long without reading it.
  if (text.length > 2 * STATEMENT_MAX_LENGTH) return 'too-long';
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return 'a broken character (a lone surrogate)';
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return 'a broken character (a lone surrogate)';
    } else if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) {
      return `a control character (U+${hex(unit)})`;
    } else if (unit === 0x2028 || unit === 0x2029) {
      return `a line break (U+${hex(unit)})`;
    } else if ((unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069)) {
      return `a bidirectional control (U+${hex(unit)})`;
    }
    count++;
  }
  return count > STATEMENT_MAX_LENGTH ? 'too-long' : null;
}

function hex(unit: number): string {
  return unit.toString(16).toUpperCase().padStart(4, '0');
}
