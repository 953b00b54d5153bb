// What a negotiator says, in English and Spanish, built from what it actually does: the terms it
// offers, why it accepts or refuses, and (for a bluffer) a claim it does not mean.
import { type OfferCause, STATEMENT_MAX_LENGTH, type StatementIntent } from '../engine';
import type { LocalText } from '../scenario/schema';
import { termLines, termsText } from '../scenario/terms-text';
import { dayText } from './day-text';
import type { Knowledge } from './knowledge';

/** A proposal's terms after "We propose": as many as fit after a colon, or the status quo by name. */
function proposed(
  knowledge: Knowledge,
  terms: Record<string, string>,
  room: { en: number; es: number },
): LocalText {
  const { en, es } = termLines(knowledge.issues, terms);
  if (en.length === 0) {
    const t = termsText(knowledge.issues, terms);
    return { en: ` ${t.en}`, es: ` ${t.es}` };
  }
  const shown = fittingCount(en, es, room);
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

/** What a proposal's words need besides its terms: "We propose: " and the full stop. */
const FRAME = 16;

const length = (text: string) => [...text].length;

/** How many terms the list can name in both languages; the offer itself always holds them all. */
function fittingCount(en: string[], es: string[], room: { en: number; es: number }): number {
  for (let n = en.length; n > 1; n--) {
    const more = n === en.length ? 0 : 12;
    const fits = (parts: string[], r: number) => length(parts.slice(0, n).join('; ')) + more <= r;
    if (fits(en, room.en) && fits(es, room.es)) return n;
  }
  return 1;
}

/**
 * A proposal in words, with the claim it carries: a final offer, a walk-out warning, a deadline
 * (the next tariff step, given when the claim is a deadline threat) or an appeal to our principal.
 */
export function proposalSpeech(
  knowledge: Knowledge,
  terms: Record<string, string>,
  claim: StatementIntent | null,
  deadline: { date: string; rate: number } | null = null,
  around: { before: LocalText; after: LocalText } = { before: NOTHING, after: NOTHING },
): LocalText {
  const last = claimSpeech(knowledge, claim, deadline);
  // The engine refuses a statement longer than STATEMENT_MAX_LENGTH: the terms get what is left.
  const room = (lang: 'en' | 'es') =>
    STATEMENT_MAX_LENGTH -
    FRAME -
    length(around.before[lang]) -
    length(last[lang]) -
    length(around.after[lang]);
  const t = proposed(knowledge, terms, { en: room('en'), es: room('es') });
  return {
    en: `${around.before.en}We propose${t.en}.${last.en}${around.after.en}`,
    es: `${around.before.es}Proponemos${t.es}.${last.es}${around.after.es}`,
  };
}

const NOTHING: LocalText = { en: '', es: '' };

function claimSpeech(
  knowledge: Knowledge,
  claim: StatementIntent | null,
  deadline: { date: string; rate: number } | null,
): LocalText {
  switch (claim) {
    case 'final-offer':
      return { en: ' This is our final offer.', es: ' Es nuestra última oferta.' };
    case 'walkout-warning':
      return { en: ' Take it, or we leave the table.', es: ' Tómenla, o nos levantamos de la mesa.' };
    case 'principal-appeal':
      return {
        en: ` ${knowledge.principal} will sign nothing less.`,
        es: ` ${knowledge.principal} no firmará nada menos.`,
      };
    case 'deadline-threat': {
      if (!deadline) return { en: '', es: '' };
      const day = dayText(deadline.date);
      return {
        en: ` Sign before ${day.en}, or the tariff goes to ${deadline.rate}%.`,
        es: ` Firmen antes del ${day.es}, o el arancel sube al ${deadline.rate}%.`,
      };
    }
    case null:
      return { en: '', es: '' };
  }
}

/** Why an offer asks for more than the one before: said first, so the other side hears the cause. */
export function causeSpeech(cause: OfferCause): LocalText {
  switch (cause) {
    case 'ratification-refused':
      return { en: 'The last deal was not ratified. ', es: 'El último acuerdo no se ratificó. ' };
    case 'event':
      return { en: 'Events have changed the table. ', es: 'Los hechos han cambiado la mesa. ' };
    case 'their-retraction':
      return { en: 'You took back your offer. ', es: 'Ustedes retiraron su oferta. ' };
  }
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

export function walkOutSpeech(reason: 'hopeless' | 'warned'): LocalText {
  return reason === 'hopeless'
    ? {
        en: 'No deal you could ratify is worth more to us than none. We are leaving.',
        es: 'Ningún acuerdo que ustedes puedan ratificar vale más para nosotros que no tenerlo. Nos retiramos.',
      }
    : {
        en: 'We said we would leave if our offer was refused, and nothing you offer beats no deal. We are leaving.',
        es: 'Dijimos que nos iríamos si rechazaban nuestra oferta, y nada de lo que ofrecen supera no tener acuerdo. Nos retiramos.',
      };
}

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
