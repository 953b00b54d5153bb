// The debrief's record of what each side said and did: the typed statements judged by the moves
// that followed (src/ai/bluff-record.ts), and every statement its speaker marked as a bluff, which
// the engine reveals to both sides once the game is over.
import { type BluffRecordEntry, bluffRecord, type SideRecord } from '../../ai/bluff-record';
import { statementTable } from '../../ai/statement-record';
import type { Observation } from '../../engine';
import type { LocalText, Scenario } from '../../scenario/schema';
import { type SideId, sideInfo } from '../../scenario/sides';

export interface SideStatements {
  readonly side: SideId;
  readonly name: LocalText;
  readonly entries: readonly BluffRecordEntry[];
  readonly kept: number;
  readonly bluffs: number;
  readonly pending: number;
  /** Null until the game is over. */
  readonly marked: number | null;
}

export interface RevealedBluff {
  readonly seq: number;
  readonly side: SideId;
  readonly date: string;
  readonly text: LocalText;
}

export interface StatementsView {
  readonly revealed: boolean;
  readonly sides: readonly [SideStatements, SideStatements];
  /** Every statement marked as a bluff in the log, typed or not, in order; empty before the end. */
  readonly bluffs: readonly RevealedBluff[];
}

export function statementsView(scenario: Scenario, obs: Observation): StatementsView {
  const record = bluffRecord(statementTable(scenario), obs);
  const side = (r: SideRecord): SideStatements => ({
    side: r.side,
    name: sideInfo(scenario, r.side).name,
    entries: r.entries,
    kept: r.entries.filter((e) => e.verdict === 'kept').length,
    bluffs: r.judgedBluffs,
    pending: r.entries.filter((e) => e.verdict === 'pending').length,
    marked: r.markedBluffs,
  });
  const bluffs: RevealedBluff[] = [];
  if (record.revealed) {
    for (const e of obs.log) {
      if (e.kind !== 'action' || e.action.say?.bluff !== true) continue;
      bluffs.push({ seq: e.seq, side: e.action.side, date: e.date, text: { ...e.action.say.text } });
    }
  }
  return { revealed: record.revealed, sides: [side(record.sides[0]), side(record.sides[1])], bluffs };
}
