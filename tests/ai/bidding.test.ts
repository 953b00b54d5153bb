import { it } from 'vitest';
import { contributions, repairToward, tablesFor } from '../../src/ai/bidding';
import { knowledgeFor } from '../../src/ai/knowledge';
import { createNegotiator } from '../../src/ai/negotiator';
import { modelOpponent } from '../../src/ai/opponent-model';
import { seatFor } from '../../src/ai/match';
import { completeTerms, packageUtility, type GameState } from '../../src/engine';
import { loadRules } from '../support/scenarios';

it('probe', () => {
  const rules = loadRules();
  const sc = rules.scenario;
  const pass = (s: GameState) => {
    const side = s.turn.side;
    const facing = s.standing !== null && s.standing.by !== side;
    const r = rules.apply(s, { type: facing ? 'reject' : 'wait', side });
    if (!r.ok) throw new Error(r.error.message);
    return r.state;
  };
  for (const pid of ['hardliner', 'pragmatist', 'historical']) for (const diff of ['medium','easy','hard'] as const) for (let round = 0; round < 12; round++) for (let k = 0; k < 30; k++) {
  const persona = sc.personas!.find((p) => p.id === pid && p.side === 'us')!;
  let s = rules.newGame({ seed: 3 });
  while (s.phase !== 'over' && !(s.round === round && s.turn.side === 'mx' && s.standing === null)) s = pass(s);
  if (s.phase === 'over') break;
  const terms: Record<string,string> = {}; let x = (k * 2654435761 + round * 97 + 13) >>> 0;
  const rnd = () => { x = (x * 1103515245 + 12345) >>> 0; return x / 4294967296; };
  for (const is of sc.issues) if (rnd() < 0.5) terms[is.id] = is.options[Math.floor(rnd() * is.options.length)]!.id;
  if (Object.keys(terms).length === 0) terms.tariff = 'suspended';
  const offer = { terms };
  let r = rules.apply(s, { type: 'propose', side: 'mx', package: offer });
  if (!r.ok) throw new Error(r.error.message);
  s = r.state;
  const neg = createNegotiator({ ...persona, historical: false, moves: [] }, diff, { scenario: sc, side: 'us', seed: 3 });
  for (let i = 0; i < 3 && s.phase !== 'over' && s.turn.side === 'us' && s.round === round; i++) {
    const obs = rules.observe(s, 'us');
    const a = neg.decide(seatFor(rules, s, 'us'));
    if (a.type === 'counter') {
      const d = neg.decisions.at(-1)!;
      const k = knowledgeFor(sc, 'us');
      const model = modelOpponent(k, obs);
      const tables = tablesFor(k, obs, model, new Set());
      const fixed = repairToward(completeTerms(sc, offer.terms), d.target, contributions(tables));
      const same = JSON.stringify(fixed.terms) === JSON.stringify(completeTerms(sc, a.package.terms));
      if (!same) console.log(JSON.stringify(offer.terms), pid, diff, round, 'target', d.target.toFixed(3), same ? 'SAME' : 'DIFF', packageUtility(sc, 'us', a.package).toFixed(3), packageUtility(sc, 'mx', a.package).toFixed(3), 'fixed', packageUtility(sc, 'us', fixed).toFixed(3), packageUtility(sc, 'mx', fixed).toFixed(3));
      if (!same) console.log('  actual', JSON.stringify(a.package.terms), '\n  fixed ', JSON.stringify(fixed.terms));
    }
    r = rules.apply(s, a);
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
  }
  }
});
