// The moves and consultations that the historical script and the personas make exist, and belong to
// the side that makes them.
import { unknown } from './defined-ids';
import type { Rule } from './rule';

const scriptMoves: Rule = ({ scenario, ids, report }) => {
  scenario.historical.script.forEach((step, i) => {
    const base = ['historical', 'script', i, 'action'];
    const action = step.action;
    if (action.type === 'unilateral') {
      const path = [...base, 'move'];
      const move = ids.moves.get(action.move);
      if (move === undefined) report('reference', path, unknown('move', action.move, ids.moves.keys()));
      else if (move.side !== step.side) {
        report(
          'reference',
          path,
          `move "${move.id}" belongs to ${move.side}, but this step is ${step.side}'s`,
        );
      }
    } else if (action.type === 'consult') {
      const path = [...base, 'consultation'];
      const c = ids.consultations.get(action.consultation);
      if (c === undefined) {
        report('reference', path, unknown('consultation', action.consultation, ids.consultations.keys()));
      } else if (c.side !== step.side) {
        const message = `consultation "${c.id}" belongs to ${c.side}, but this step is ${step.side}'s`;
        report('reference', path, message);
      }
    }
  });
};

const personaMoves: Rule = ({ scenario, ids, report }) => {
  (scenario.personas ?? []).forEach((persona, i) => {
    persona.moves.forEach((id, j) => {
      const move = ids.moves.get(id);
      const path = ['personas', i, 'moves', j];
      if (move === undefined) report('reference', path, unknown('move', id, ids.moves.keys()));
      else if (move.side !== persona.side) {
        const message = `move "${id}" belongs to ${move.side}, but persona "${persona.id}" plays ${persona.side}`;
        report('reference', path, message);
      }
    });
  });
};

export const moveReferenceRules: readonly Rule[] = [scriptMoves, personaMoves];
