// The debrief's record of bluffs: each side's typed statements, the verdict its later moves earned
// (statement-record.ts), and, once the game is over and the engine reveals them, the speaker's own
// bluff marks. Data plus one plain line per statement in English and Spanish, for the front end.
import { type Observation, STATEMENT_MAX_LENGTH, type StatementIntent } from '../engine';
import type { LocalText } from '../scenario/schema';
import type { SideId } from '../scenario/sides';
import { type Credibility, credibilityFrom } from './credibility';
import { dayText } from './day-text';
import {
  type Because,
  readStatements,
  type StatementReading,
  type StatementTable,
  type Verdict,
} from './statement-record';

export interface BluffRecordEntry extends StatementReading {
  side: SideId;
  /**
   * The speaker's own mark: true if it marked the statement a bluff. Null while the game is on:
   * the engine hides the other side's marks until the end, and the record hides both alike.
   */
  marked: boolean | null;
  /** One line for the debrief, plain text, at most STATEMENT_MAX_LENGTH characters in each language. */
  line: LocalText;
}

export interface SideRecord {
  side: SideId;
  entries: BluffRecordEntry[];
  credibility: Credibility;
  /** Statements the record judged bluffs, and (once revealed) those the speaker marked as bluffs. */
  judgedBluffs: number;
  markedBluffs: number | null;
}

export interface BluffRecord {
  /** True once the game is over: the marks are then shown. */
  revealed: boolean;
  sides: [SideRecord, SideRecord];
}

/**
 * Both sides' records as the observer judges them: its own statements by what they cost it, the
 * other side's by what they gave it. The observer's own numbers only, as everywhere in the AI.
 */
export function bluffRecord(table: StatementTable, obs: Observation): BluffRecord {
  const revealed = obs.phase === 'over';
  const marks = new Map<number, boolean>();
  for (const e of obs.log)
    if (e.kind === 'action' && e.action.say) marks.set(e.seq, e.action.say.bluff === true);
  const sideRecord = (side: SideId): SideRecord => {
    const readings = readStatements(table, obs, side);
    const name = table.names[side] ?? { en: side, es: side };
    const principal = table.principals[side] ?? side;
    const entries = readings.map((r) => {
      const marked = revealed ? (marks.get(r.seq) ?? false) : null;
      return { ...r, side, marked, line: lineFor(name, principal, r, marked) };
    });
    return {
      side,
      entries,
      credibility: credibilityFrom(readings),
      judgedBluffs: entries.filter((e) => e.verdict === 'bluff').length,
      markedBluffs: revealed ? entries.filter((e) => e.marked === true).length : null,
    };
  };
  return { revealed, sides: [sideRecord(table.sides[0]), sideRecord(table.sides[1])] };
}

function lineFor(name: LocalText, principal: string, r: StatementReading, marked: boolean | null): LocalText {
  const on = dayText(r.date);
  const said = saidText(r.intent, name, principal, on);
  const then = becauseText(r.because);
  const verdict = VERDICT[r.verdict];
  const mark = marked === null ? { en: '', es: '' } : marked ? MARKED : UNMARKED;
  return {
    en: clip(`${said.en}${then.en}: ${verdict.en}${mark.en}.`),
    es: clip(`${said.es}${then.es}: ${verdict.es}${mark.es}.`),
  };
}

function saidText(intent: StatementIntent, name: LocalText, principal: string, on: LocalText): LocalText {
  switch (intent) {
    case 'final-offer':
      return {
        en: `${name.en} called its offer final on ${on.en}`,
        es: `${name.es} dijo el ${on.es} que su oferta era final`,
      };
    case 'walkout-warning':
      return {
        en: `${name.en} warned on ${on.en} that it would walk out`,
        es: `${name.es} advirtió el ${on.es} que se levantaría de la mesa`,
      };
    case 'deadline-threat':
      return {
        en: `${name.en} threatened the next tariff step on ${on.en}`,
        es: `${name.es} amenazó el ${on.es} con el siguiente escalón del arancel`,
      };
    case 'principal-appeal':
      return {
        en: `${name.en} said on ${on.en} that ${principal} would sign no less`,
        es: `${name.es} dijo el ${on.es} que ${principal} no firmaría menos`,
      };
  }
}

function becauseText(b: Because): LocalText {
  const at = 'at' in b ? dayText(b.at.date) : { en: '', es: '' };
  switch (b.kind) {
    case 'untested':
      return { en: '; nothing has tested it yet', es: '; nada lo ha puesto a prueba todavía' };
    case 'nothing-named':
      return { en: ', with no offer of its own to hold it to', es: ', sin oferta propia a la que atenerse' };
    case 'conceded':
      return { en: `, then offered more on ${at.en}`, es: ` y el ${at.es} ofreció más` };
    case 'accepted-more':
      return { en: `, then accepted less for itself on ${at.en}`, es: ` y el ${at.es} aceptó menos para sí` };
    case 'held':
      return { en: `, and held to it on ${at.en}`, es: ` y el ${at.es} se mantuvo` };
    case 'accepted':
      return { en: `, and the other side accepted on ${at.en}`, es: ` y la otra parte aceptó el ${at.es}` };
    case 'principal-refused':
      return {
        en: `, and its own side refused a deal on ${at.en}`,
        es: ` y el ${at.es} su propio lado rechazó un acuerdo`,
      };
    case 'deal':
      return { en: `, and a deal was signed on ${at.en}`, es: ` y el ${at.es} se firmó un acuerdo` };
    case 'game-ended':
      return { en: ', and nothing contradicted it', es: ' y nada lo desmintió' };
    case 'walked-out':
      return { en: `, and walked out on ${at.en}`, es: ` y se levantó de la mesa el ${at.es}` };
    case 'stayed':
      return { en: `, then stayed at the table on ${at.en}`, es: ` y el ${at.es} siguió en la mesa` };
    case 'step-came':
      return {
        en: `, and the tariff rose to ${b.rate}% on ${at.en}`,
        es: ` y el ${at.es} el arancel subió al ${b.rate}%`,
      };
    case 'delayed': {
      const d = dayText(b.deadline);
      return {
        en: `, then delayed the ${d.en} step on ${at.en}`,
        es: ` y el ${at.es} aplazó el escalón del ${d.es}`,
      };
    }
    case 'step-missed': {
      const d = dayText(b.deadline);
      return { en: `, but ${d.en} passed without the step`, es: `, pero el ${d.es} pasó sin el escalón` };
    }
    case 'no-step-ahead':
      return { en: ', with no step left to come', es: ', sin ningún escalón pendiente' };
  }
}

const VERDICT: Record<Verdict, LocalText> = {
  bluff: { en: 'a bluff', es: 'un farol' },
  kept: { en: 'kept', es: 'cumplido' },
  pending: { en: 'not judged', es: 'sin veredicto' },
};
const MARKED: LocalText = { en: ' (its own note: a bluff)', es: ' (su propia nota: farol)' };
const UNMARKED: LocalText = { en: ' (its own note: not a bluff)', es: ' (su propia nota: no era un farol)' };

/** A scenario's long side names could push a line over the limit: cut it, visibly. */
function clip(text: string): string {
  const chars = Array.from(text);
  return chars.length <= STATEMENT_MAX_LENGTH
    ? text
    : `${chars.slice(0, STATEMENT_MAX_LENGTH - 1).join('')}…`;
}
