// The words of an explanation, in English and Spanish, built from the scenario's own labels and
// revealing no more than the persona would. Easy names numbers (its readable mistake, as its floor
// slips in its offers); medium names the issues and options; hard gives demands and never a
// number of its own. Each text is one line, at most STATEMENT_MAX_LENGTH characters a language.
import { STATEMENT_MAX_LENGTH } from '../engine';
import type { LocalText } from '../scenario/schema';
import type { Skill } from './difficulty';
import type { Knowledge } from './knowledge';
import type { Reason } from './verdict';
import type { Change, Suggestion } from './what-it-takes';

/** How much a negotiator lets show when it explains itself. */
export type Reveal = 'numbers' | 'issues' | 'demands';

/** Easy settles early and slips numbers; hard exploits and says only what it wants. */
export function revealOf(skill: Skill): Reveal {
  if (skill.acceptsEarly) return 'numbers';
  return skill.exploits ? 'demands' : 'issues';
}

/** What an easy negotiator lets slip: the offer's worth to it and what it needs, out of 100. */
export interface Figures {
  worth: number;
  needs: number;
}

export interface Words {
  knowledge: Knowledge;
  reveal: Reveal;
  legislature: LocalText;
}

const pct = (x: number) => `${Math.round(Math.max(0, Math.min(1, x)) * 100)}/100`;

function term(words: Words, issueId: string, optionId: string): LocalText {
  const issue = words.knowledge.issues.find((i) => i.id === issueId);
  const option = issue?.options.find((o) => o.id === optionId);
  return {
    en: `${issue?.label.en ?? issueId}: ${option?.label.en ?? optionId}`,
    es: `${issue?.label.es ?? issueId}: ${option?.label.es ?? optionId}`,
  };
}

function issueName(words: Words, issueId: string): LocalText {
  const issue = words.knowledge.issues.find((i) => i.id === issueId);
  return { en: issue?.label.en ?? issueId, es: issue?.label.es ?? issueId };
}

const length = (text: string) => [...text].length;

/**
 * `head`, then as many items as fit (joined by "; "), then `tail`, in both languages; the items
 * left out are counted ("and 2 more") only by an easy negotiator: the others name no number.
 * `bare` is said instead when not even one item fits.
 */
function compose(
  head: LocalText,
  items: readonly LocalText[],
  tail: LocalText,
  reveal: Reveal,
  bare: LocalText,
): LocalText {
  for (let n = items.length; n >= Math.min(1, items.length); n--) {
    const rest = items.length - n;
    const more =
      rest === 0
        ? { en: '', es: '' }
        : reveal === 'numbers'
          ? { en: `; and ${rest} more`, es: `; y ${rest} más` }
          : { en: '; and more', es: '; y más' };
    const text = (lang: 'en' | 'es') =>
      `${head[lang]}${items
        .slice(0, n)
        .map((i) => i[lang])
        .join('; ')}${more[lang]}${tail[lang]}`.trim();
    const t = { en: text('en'), es: text('es') };
    if (length(t.en) <= STATEMENT_MAX_LENGTH && length(t.es) <= STATEMENT_MAX_LENGTH) return t;
  }
  return bare;
}

/** The verdict on a package, as the negotiator would say it across the table. */
export function verdictText(
  words: Words,
  verdict: { accepts: true } | { accepts: false; reasons: readonly Reason[] },
  figures: Figures,
): LocalText {
  const { reveal, knowledge } = words;
  const principal = knowledge.principal;
  if (verdict.accepts) {
    return reveal === 'numbers'
      ? {
          en: `We could accept this: it gives us about ${pct(figures.worth)}.`,
          es: `Podríamos aceptarlo: nos da alrededor de ${pct(figures.worth)}.`,
        }
      : reveal === 'demands'
        ? { en: 'Send it, and we sign.', es: 'Envíelo y firmamos.' }
        : { en: 'We could accept this.', es: 'Podríamos aceptarlo.' };
  }
  const heads: LocalText[] = [];
  const shortItems: LocalText[] = [];
  for (const r of verdict.reasons) {
    switch (r.kind) {
      case 'own-plan':
        heads.push({
          en: 'We have a proposal of our own to make today.',
          es: 'Hoy tenemos una propuesta propia.',
        });
        break;
      case 'below-no-deal':
        heads.push(
          reveal === 'demands'
            ? { en: 'No deal is better than this!', es: '¡Mejor ningún acuerdo que esto!' }
            : {
                en: 'This is worse for us than no deal.',
                es: 'Esto es peor para nosotros que no tener acuerdo.',
              },
        );
        break;
      case 'principal':
        heads.push(
          reveal === 'demands'
            ? { en: `${principal} will not sign this.`, es: `${principal} no va a firmar esto.` }
            : { en: `${principal} would not sign this.`, es: `${principal} no firmaría esto.` },
        );
        break;
      case 'legislature': {
        const t = term(words, r.issue, r.option);
        heads.push({
          en: `No ratification now for ${t.en} (${words.legislature.en}).`,
          es: `Hoy no habría ratificación para ${t.es} (${words.legislature.es}).`,
        });
        break;
      }
      case 'issue-short':
        shortItems.push(shortfall(words, r));
        break;
      case 'clause':
        heads.push(
          reveal === 'demands'
            ? { en: 'Drop the conditional clause.', es: 'Quite la cláusula condicional.' }
            : {
                en: 'The conditional clause costs us too much.',
                es: 'La cláusula condicional nos cuesta demasiado.',
              },
        );
        break;
    }
  }
  const head = heads.map((h) => h.en).join(' ');
  const headEs = heads.map((h) => h.es).join(' ');
  const numbers =
    reveal === 'numbers'
      ? {
          en: ` It gives us about ${pct(figures.worth)}; we need about ${pct(figures.needs)}.`,
          es: ` Nos da alrededor de ${pct(figures.worth)}; necesitamos unos ${pct(figures.needs)}.`,
        }
      : { en: '', es: '' };
  const said = head
    ? { en: head + numbers.en, es: headEs + numbers.es }
    : { en: `This is not enough for us.${numbers.en}`, es: `Esto no nos alcanza.${numbers.es}` };
  if (shortItems.length === 0) return said;
  const intro =
    reveal === 'demands'
      ? { en: 'We want ', es: 'Queremos ' }
      : { en: 'We need more: ', es: 'Necesitamos más: ' };
  const lead = head ? { en: `${head} `, es: `${headEs} ` } : { en: '', es: '' };
  return compose(
    { en: `${lead.en}${intro.en}`, es: `${lead.es}${intro.es}` },
    shortItems,
    { en: `.${numbers.en}`, es: `.${numbers.es}` },
    reveal,
    said,
  );
}

function shortfall(words: Words, r: Extract<Reason, { kind: 'issue-short' }>): LocalText {
  if (r.wants === 'better') {
    const name = issueName(words, r.issue);
    return { en: `more on ${name.en}`, es: `más en ${name.es}` };
  }
  const wants = term(words, r.issue, r.wants);
  if (words.reveal === 'demands') return wants;
  const from = words.knowledge.issues
    .find((i) => i.id === r.issue)
    ?.options.find((o) => o.id === r.from)?.label;
  return from ? { en: `${wants.en}, not ${from.en}`, es: `${wants.es}, no ${from.es}` } : wants;
}

/** The answer to "what would it take?". */
export function suggestionText(words: Words, suggestion: Suggestion, figures: Figures): LocalText {
  const { reveal, knowledge } = words;
  switch (suggestion.kind) {
    case 'as-is':
      return reveal === 'numbers'
        ? {
            en: `As it stands? We would accept it: about ${pct(figures.worth)} for us.`,
            es: `¿Así como está? Lo aceptaríamos: nos da alrededor de ${pct(figures.worth)}.`,
          }
        : { en: 'As it stands? We would accept it.', es: '¿Así como está? Lo aceptaríamos.' };
    case 'nothing-now':
      return nothingText(suggestion.why, reveal, knowledge.principal);
    case 'change': {
      const items = suggestion.changes.map((c) => changeText(words, c));
      if (suggestion.dropsClause && items.length === 0) {
        return reveal === 'demands'
          ? {
              en: 'Drop the conditional clause, and we sign.',
              es: 'Quite la cláusula condicional y firmamos.',
            }
          : {
              en: 'We would accept it without the conditional clause.',
              es: 'Lo aceptaríamos sin la cláusula condicional.',
            };
      }
      if (suggestion.dropsClause) {
        items.push(
          reveal === 'demands'
            ? { en: 'no conditional clause', es: 'sin cláusula condicional' }
            : { en: 'and without the conditional clause', es: 'y sin la cláusula condicional' },
        );
      }
      const after =
        reveal === 'numbers'
          ? {
              en: ` That would give us about ${pct(figures.worth)}.`,
              es: ` Eso nos daría unos ${pct(figures.worth)}.`,
            }
          : { en: '', es: '' };
      return reveal === 'demands'
        ? compose(
            { en: 'Make it ', es: 'Ponga ' },
            items,
            { en: ', and we sign.', es: ' y firmamos.' },
            reveal,
            MORE_THAN_WORDS,
          )
        : compose(
            { en: 'We would accept it with ', es: 'Lo aceptaríamos con ' },
            items,
            { en: `.${after.en}`, es: `.${after.es}` },
            reveal,
            MORE_THAN_WORDS,
          );
    }
  }
}

/** When not even one change fits in a statement (labels far longer than the scenario's). */
const MORE_THAN_WORDS: LocalText = {
  en: 'We would accept it with some changes; ask us one issue at a time.',
  es: 'Lo aceptaríamos con algunos cambios; pregúntenos tema por tema.',
};

function changeText(words: Words, c: Change): LocalText {
  const to = term(words, c.issue, c.to);
  if (words.reveal === 'demands') return to;
  const from = words.knowledge.issues
    .find((i) => i.id === c.issue)
    ?.options.find((o) => o.id === c.from)?.label;
  return from ? { en: `${to.en} instead of ${from.en}`, es: `${to.es} en lugar de ${from.es}` } : to;
}

function nothingText(
  why: Extract<Suggestion, { kind: 'nothing-now' }>['why'],
  reveal: Reveal,
  principal: string,
): LocalText {
  switch (why) {
    case 'own-plan':
      return {
        en: 'Not today: we have a proposal of our own to make.',
        es: 'Hoy no: tenemos una propuesta propia.',
      };
    case 'below-no-deal':
      return {
        en: 'Nothing near this beats no deal for us now.',
        es: 'Por ahora, nada parecido a esto nos conviene más que no tener acuerdo.',
      };
    case 'principal':
      return {
        en: `${principal} would sign nothing on the table now.`,
        es: `${principal} no firmaría hoy nada de lo que hay sobre la mesa.`,
      };
    case 'too-far':
      return reveal === 'demands'
        ? {
            en: 'This is too far from anything we can accept. Start from our offer.',
            es: 'Esto está demasiado lejos de lo que podemos aceptar. Parta de nuestra oferta.',
          }
        : {
            en: 'Small changes will not do: this is too far from anything we could accept now.',
            es: 'No bastan cambios pequeños: esto está demasiado lejos de lo que podríamos aceptar ahora.',
          };
  }
}
