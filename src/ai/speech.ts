// What a negotiator says, in English and Spanish, built from what it actually does: the terms it
// offers, why it accepts or refuses, and (for a bluffer) a claim it does not mean.
import { STATEMENT_MAX_LENGTH } from '../engine';
import type { LocalText } from '../scenario/schema';
import { termLines, termsText } from '../scenario/terms-text';
import type { Knowledge } from './knowledge';

/** A proposal's terms after "We propose": as many as fit after a colon, or the status quo by name. */
function proposed(knowledge: Knowledge, terms: Record<string, string>): LocalText {
  const { en, es } = termLines(knowledge.issues, terms);
  if (en.length === 0) {
    const t = termsText(knowledge.issues, terms);
    return { en: ` ${t.en}`, es: ` ${t.es}` };
  }
  const shown = fittingCount(en, es);
  if (shown === en.length) {
    const t = termsText(knowledge.issues, terms);
    return { en: `: ${t.en}`, es: `: ${t.es}` };
  }
  const rest = en.length - shown;
  return {
    en: `: ${en.slice(0, shown).join('; ')}; and ${rest} more`,
    es: `: ${es.slice(0, shown).join('; ')}; y ${rest} más`,
  };
}

/**
 * Room for the list of terms: the engine refuses a statement longer than STATEMENT_MAX_LENGTH, and a
 * proposal may still gain the final-offer claim and an easy negotiator's slip (about 100 characters).
 */
const TERMS_ROOM = STATEMENT_MAX_LENGTH - 120;

const length = (text: string) => [...text].length;

/** How many terms the list can name in both languages; the offer itself always holds them all. */
function fittingCount(en: string[], es: string[]): number {
  for (let n = en.length; n > 1; n--) {
    const more = n === en.length ? 0 : 12;
    const fits = (parts: string[]) => length(parts.slice(0, n).join('; ')) + more <= TERMS_ROOM;
    if (fits(en) && fits(es)) return n;
  }
  return 1;
}

export function proposalSpeech(
  knowledge: Knowledge,
  terms: Record<string, string>,
  finalClaim: boolean,
): LocalText {
  const t = proposed(knowledge, terms);
  const last = finalClaim
    ? { en: ' This is our final offer.', es: ' Es nuestra última oferta.' }
    : { en: '', es: '' };
  return { en: `We propose${t.en}.${last.en}`, es: `Proponemos${t.es}.${last.es}` };
}

export function acceptSpeech(knowledge: Knowledge): LocalText {
  return {
    en: `We accept. ${knowledge.principal} can sign this.`,
    es: `Aceptamos. ${knowledge.principal} puede firmarlo.`,
  };
}

export function rejectSpeech(knowledge: Knowledge): LocalText {
  return {
    en: `This falls short of anything ${knowledge.principal} would sign.`,
    es: `Esto no alcanza para nada que ${knowledge.principal} pueda firmar.`,
  };
}

export const WAIT_SPEECH: LocalText = { en: 'Our offer stands.', es: 'Nuestra oferta sigue en pie.' };

export const WALKOUT_SPEECH: LocalText = {
  en: 'No deal on the table is worth more to us than none. We are leaving.',
  es: 'Ningún acuerdo sobre la mesa vale más para nosotros que no tenerlo. Nos retiramos.',
};

/** An easy negotiator's readable mistake: it says where its floor is. */
export function floorSlip(floor: number): LocalText {
  const pct = Math.round(floor * 100);
  return {
    en: ` Between us, we could live with much less (about ${pct}/100).`,
    es: ` Entre nosotros, podríamos aceptar mucho menos (alrededor de ${pct}/100).`,
  };
}

export function labelSpeech(label: LocalText): LocalText {
  return { en: `${label.en}.`, es: `${label.es}.` };
}

export function append(a: LocalText, b: LocalText): LocalText {
  return { en: a.en + b.en, es: a.es + b.es };
}
