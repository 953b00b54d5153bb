import { seatFor } from '../src/ai/match';
import { createPlayer, type PlayerSpec, parsePlayerSpec } from '../src/ai/registry';
import { packageUtility } from '../src/engine';
import { loadRules } from './support/scenarios';

const rules = loadRules();
const [usName, mxName, seedText] = process.argv.slice(2);
const seed = Number(seedText ?? 1);
const p = {
  us: createPlayer(parsePlayerSpec(usName!) as PlayerSpec, { scenario: rules.scenario, side: 'us', seed }),
  mx: createPlayer(parsePlayerSpec(mxName!) as PlayerSpec, { scenario: rules.scenario, side: 'mx', seed }),
};
let s = rules.newGame({ seed });
while (s.phase !== 'over') {
  const side = s.turn.side;
  const seat = seatFor(rules, s, side);
  const a = p[side].decide(seat);
  const r = rules.apply(s, a);
  if (!r.ok) {
    console.log('ILLEGAL', r.error);
    break;
  }
  const extra =
    a.type === 'propose' || a.type === 'counter'
      ? ` us=${packageUtility(rules.scenario, 'us', a.package).toFixed(3)} mx=${packageUtility(rules.scenario, 'mx', a.package).toFixed(3)}`
      : '';
  const rat = r.state.log
    .slice(s.log.length)
    .filter((e) => e.kind === 'ratification')
    .map((e) => JSON.stringify(e))
    .join(' ');
  console.log(s.date, s.slot, side, a.type, (a as any).move ?? (a as any).consultation ?? '', extra, rat);
  s = r.state;
}
console.log(JSON.stringify(s.outcome).slice(0, 200));
const d = (p.us as any).decisions ?? [];
for (const x of d.slice(0, 30)) console.log('US', JSON.stringify(x));
const e = (p.mx as any).decisions ?? [];
for (const x of e.slice(0, 30)) console.log('MX', JSON.stringify(x));
