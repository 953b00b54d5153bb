// What the action bar offers: each button enabled only when the engine lists the move as legal
// and no AI move is pending, with the reason it is off otherwise. Pure.
import type { LegalAction, Observation } from '../../engine';
import type { LocalText, Scenario } from '../../scenario/schema';
import { tableTexts as T } from '../i18n/areas/table';

export type ButtonId = 'propose' | 'accept' | 'reject' | 'walkout' | 'whatItTakes' | 'wait';

export interface ButtonView {
  readonly id: ButtonId;
  readonly enabled: boolean;
  /** Why it is off, for aria-describedby; null when enabled. */
  readonly reason: LocalText | null;
}

export interface MoveView {
  readonly kind: 'unilateral' | 'consult';
  readonly id: string;
  readonly label: LocalText;
  readonly description: LocalText;
}

export interface TableView {
  readonly buttons: Readonly<Record<ButtonId, ButtonView>>;
  readonly moves: readonly MoveView[];
  readonly over: boolean;
}

function has(legal: readonly LegalAction[], type: LegalAction['type']): boolean {
  return legal.some((a) => a.type === type);
}

/** `hotseat`: the other side is a person at the same screen, so there is no AI to ask. */
export function tableView(
  scenario: Scenario,
  observation: Observation,
  aiThinking: boolean,
  hotseat = false,
): TableView {
  const over = observation.phase === 'over' || observation.outcome.kind !== 'ongoing';
  const legal = observation.legal as readonly LegalAction[];
  const blocked: LocalText | null = over
    ? T.gameOver
    : aiThinking
      ? T.aiThinking
      : observation.yourTurn
        ? null
        : T.notYourTurn;
  const button = (id: ButtonId, ok: boolean, otherwise: LocalText): ButtonView => {
    if (blocked) return { id, enabled: false, reason: blocked };
    return ok ? { id, enabled: true, reason: null } : { id, enabled: false, reason: otherwise };
  };
  const facing = has(legal, 'accept');
  const buttons: Record<ButtonId, ButtonView> = {
    propose: button('propose', has(legal, 'propose') || has(legal, 'counter'), T.notYourTurn),
    accept: button(
      'accept',
      facing,
      observation.standing?.by === observation.side ? T.yourOfferStands : T.noOffer,
    ),
    reject: button('reject', has(legal, 'reject'), T.noOffer),
    wait: button('wait', has(legal, 'wait'), T.mustAnswer),
    walkout: button('walkout', has(legal, 'walkout'), T.onlyInTariff),
    whatItTakes: button('whatItTakes', !hotseat, T.askAcross),
  };
  const moves: MoveView[] = [];
  if (!blocked) {
    for (const a of legal) {
      if (a.type === 'unilateral') {
        const m = scenario.moves.find((x) => x.id === a.move);
        if (m) moves.push({ kind: 'unilateral', id: m.id, label: m.label, description: m.description });
      } else if (a.type === 'consult') {
        const c = scenario.consultations.find((x) => x.id === a.consultation);
        if (c) moves.push({ kind: 'consult', id: c.id, label: c.label, description: c.description });
      }
    }
  }
  return { buttons, moves, over };
}
