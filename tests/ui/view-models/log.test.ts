// The log in words: one sentence per entry in the chosen language, filterable by issue.
import { describe, expect, it } from 'vitest';
import { lastStatement, logLines } from '../../../src/ui/view-models/log';
import { loadRules } from '../../support/scenarios';
import { MX, US } from '../../support/sides';

const rules = loadRules();
const scenario = rules.scenario;
const start = rules.newGame({ seed: 1 });
const mover = rules.observe(start, MX).yourTurn ? MX : US;
const guard = scenario.issues[0];
const pick = guard?.options.find((o) => o.id !== guard.statusQuo);
if (!guard || !pick) throw new Error('the scenario needs an issue with an option off the status quo');
const proposed = rules.apply(start, {
  type: 'propose',
  side: mover,
  package: { terms: { [guard.id]: pick.id } },
  say: { text: { en: 'Take it.', es: 'Tómelo.' } },
});
if (!proposed.ok) throw new Error(proposed.error.message);
const log = rules.observe(proposed.value, mover).log;

describe('the log', () => {
  it('says an offer with its negotiator, its terms and its words', () => {
    const lines = logLines(scenario, 'en', log);
    const offer = lines[lines.length - 1];
    const who = scenario.sides.find((s) => s.id === mover)?.negotiator.name ?? '';
    expect(offer?.text).toContain(who);
    expect(offer?.text).toContain(`${guard.label.en}: ${pick.label.en}`);
    expect(offer?.text).toContain('Take it.');
    expect(offer?.issues).toEqual([guard.id]);
  });

  it('speaks Spanish on a Spanish screen', () => {
    const lines = logLines(scenario, 'es', log);
    const offer = lines[lines.length - 1];
    expect(offer?.text).toContain(`${guard.label.es}: ${pick.label.es}`);
    expect(offer?.text).toContain('propone');
    expect(offer?.text).not.toContain('proposes');
  });

  it('keeps only the entries that touch the issue filtered by', () => {
    const all = logLines(scenario, 'en', log);
    const filtered = logLines(scenario, 'en', log, guard.id);
    expect(filtered.length).toBeLessThan(all.length);
    expect(filtered.every((l) => l.issues.includes(guard.id))).toBe(true);
    expect(logLines(scenario, 'en', log, scenario.issues[1]?.id ?? '')).toEqual([]);
  });

  it('keeps the log’s order, newest last', () => {
    const seqs = logLines(scenario, 'en', log).map((l) => l.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  });

  it('finds the other side’s last words, not the reader’s own', () => {
    expect(lastStatement(log, mover)).toBeNull();
    const other = mover === MX ? US : MX;
    expect(lastStatement(log, other)?.text?.text.en).toBe('Take it.');
  });
});
