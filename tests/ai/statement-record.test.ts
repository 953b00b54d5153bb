// Each typed statement is judged by what its speaker did afterwards, as the listener sees it.
import { describe, expect, it } from 'vitest';
import { readStatements, type StatementReading, statementTable } from '../../src/ai/statement-record';
import { type GameState, historicalPackage } from '../../src/engine';
import type { SideId } from '../../src/scenario/sides';
import { passToEnd, passToRound } from '../engine/play';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';
import {
  counter,
  firstTariffRound,
  play,
  propose,
  say,
  simple,
  troops,
  unilateral,
} from '../support/statements';

const rules = loadRules();
const table = statementTable(rules.scenario);
const start = rules.newGame({ seed: 1 });
const deadlineRound = firstTariffRound(rules);

/** What `listener` makes of everything `speaker` said in `state`. */
function read(
  state: GameState,
  speaker: SideId,
  listener: SideId = speaker === MX ? US : MX,
): StatementReading[] {
  return readStatements(table, rules.observe(state, listener), speaker);
}

function only(state: GameState, speaker: SideId): StatementReading {
  const readings = read(state, speaker);
  expect(readings).toHaveLength(1);
  return readings[0] as StatementReading;
}

describe('a final offer', () => {
  // Mexico opens (round 0, June 5 am) by calling a small deployment final; the US rejects it.
  const called = play(rules, start, [propose(troops('troops-2000'), say('final-offer')), simple('reject')]);

  it('is pending until its speaker moves again', () => {
    const r = only(called, MX);
    expect(r).toMatchObject({ intent: 'final-offer', move: 'propose', round: 0, date: '2019-06-05' });
    expect(r.verdict).toBe('pending');
    expect(r.because).toEqual({ kind: 'untested' });
  });

  it('followed by a concession is a bluff, judged in the listener’s own utility', () => {
    // June 5 pm: the US waits, Mexico holds; June 6 am: Mexico offers more troops.
    const held = play(rules, called, [simple('wait'), simple('wait')]);
    expect(only(held, MX).verdict).toBe('kept');
    const conceded = play(rules, held, [propose(troops('troops-6000'))]);
    const r = only(conceded, MX);
    expect(r.verdict).toBe('bluff');
    expect(r.because).toMatchObject({ kind: 'conceded', at: { round: 2, date: '2019-06-06' } });
    if (r.because.kind !== 'conceded') return;
    const you = rules.observe(conceded, US).you;
    const guard = (option: string) =>
      (you.weights['guard-size'] ?? 0) * (you.values['guard-size']?.[option] ?? 0);
    expect(r.because.gain).toBeCloseTo(guard('troops-6000') - guard('troops-2000'), 6);
  });

  it('followed by acceptance of a package better for the listener is a bluff', () => {
    const accepted = play(rules, called, [propose(troops('troops-10000')), simple('accept')]);
    const r = only(accepted, MX);
    expect(r.verdict).toBe('bluff');
    expect(r.because.kind).toBe('accepted-more');
  });

  it('never followed by a concession stays kept, to the end of the game', () => {
    const big = play(rules, start, [propose(troops('troops-6000'), say('final-offer')), simple('reject')]);
    expect(only(big, MX).verdict).toBe('pending');
    const smaller = play(rules, big, [simple('wait'), propose(troops('troops-2000'))]);
    expect(only(smaller, MX)).toMatchObject({ verdict: 'kept', because: { kind: 'held' } });
    const over = passToEnd(rules, smaller);
    expect(only(over, MX)).toMatchObject({ verdict: 'kept', because: { kind: 'held' } });
  });

  it('said with a reject holds the speaker to its latest offer', () => {
    // Mexico opens with 6,000 troops; the US counters with 15,000; on June 5 pm the US lets its
    // counter stand and Mexico rejects it, calling its own offer final.
    const s = play(rules, start, [
      propose(troops('troops-6000')),
      counter({ terms: { 'guard-size': 'troops-15000-plus' } }),
      simple('wait'),
      simple('reject', say('final-offer')),
    ]);
    const r = only(s, MX);
    expect(r).toMatchObject({ move: 'reject', verdict: 'pending' });
    const opening = only(play(rules, start, [propose(troops('troops-6000'), say('final-offer'))]), MX);
    expect(r.yourUtility).toBe(opening.yourUtility);
    // June 6 am: 10,000 troops is more than the 6,000 it called final.
    const conceded = play(rules, s, [propose(troops('troops-10000'))]);
    expect(only(conceded, MX).verdict).toBe('bluff');
  });

  it('an ordinary line (no intent) is not a statement to judge', () => {
    const s = play(rules, start, [
      propose(troops('troops-2000'), { text: { en: 'Take it.', es: 'Tómelo.' } }),
      simple('reject'),
    ]);
    expect(read(s, MX)).toEqual([]);
  });
});

describe('a walk-out warning', () => {
  const atDeadline = passToRound(rules, start, deadlineRound);
  // June 10: Mexico opens with a warning; the US rejects; on July 1 the US opens and waits.
  const warned = play(rules, atDeadline, [
    propose(troops('troops-2000'), say('walkout-warning')),
    simple('reject'),
    simple('wait'),
  ]);

  it('is pending until the speaker’s next turn', () => {
    expect(only(warned, MX).verdict).toBe('pending');
  });

  it('followed by a walk-out is kept', () => {
    const left = play(rules, warned, [simple('walkout')]);
    expect(only(left, MX)).toMatchObject({
      verdict: 'kept',
      because: { kind: 'walked-out', at: { date: '2019-07-01' } },
    });
  });

  it('is a bluff when the speaker could walk out and negotiated on', () => {
    const stayed = play(rules, warned, [propose(troops('troops-2000'))]);
    expect(only(stayed, MX)).toMatchObject({
      verdict: 'bluff',
      because: { kind: 'stayed', at: { date: '2019-07-01' } },
    });
  });

  it('before the deadline waits for the first meeting at which walking out is legal', () => {
    const early = play(rules, start, [
      propose(troops('troops-2000'), say('walkout-warning')),
      simple('reject'),
      simple('wait'),
      simple('wait'),
    ]);
    expect(only(early, MX).verdict).toBe('pending');
    // June 10 is the first meeting after the deadline; Mexico opens it and waits.
    const june10 = passToRound(rules, early, deadlineRound);
    expect(only(june10, MX).verdict).toBe('pending');
    const stayed = play(rules, june10, [simple('wait')]);
    expect(only(stayed, MX)).toMatchObject({ verdict: 'bluff', because: { at: { date: '2019-06-10' } } });
  });

  it('is kept when the listener gives in', () => {
    const taken = play(rules, atDeadline, [
      propose(troops('troops-2000'), say('walkout-warning')),
      simple('accept'),
    ]);
    expect(only(taken, MX)).toMatchObject({ verdict: 'kept', because: { kind: 'accepted' } });
  });
});

describe('a deadline threat', () => {
  // June 5 am: Mexico waits; the US answers with a threat.
  const threatened = play(rules, start, [simple('wait'), simple('wait', say('deadline-threat'))]);

  it('followed by the step is kept', () => {
    expect(only(threatened, US).verdict).toBe('pending');
    const june10 = passToRound(rules, threatened, deadlineRound);
    expect(only(june10, US)).toMatchObject({
      verdict: 'kept',
      because: { kind: 'step-came', deadline: '2019-06-10', rate: 5, at: { date: '2019-06-10' } },
    });
  });

  it('followed by the speaker’s own delay is a bluff', () => {
    // June 5 pm: the US opens by delaying the tariff a month.
    const delayed = play(rules, threatened, [unilateral('delay'), simple('wait')]);
    expect(only(delayed, US)).toMatchObject({
      verdict: 'bluff',
      because: { kind: 'delayed', deadline: '2019-06-10', at: { date: '2019-06-05' } },
    });
  });

  it('is a bluff when the named date passes without the step', () => {
    // Mexico's threat of the June 10 step, which the US then delays.
    const s = play(rules, start, [
      simple('wait', say('deadline-threat')),
      unilateral('delay'),
      simple('wait'),
    ]);
    expect(only(s, MX).verdict).toBe('pending');
    const june10 = play(rules, passToRound(rules, s, deadlineRound), [simple('wait')]);
    expect(only(june10, MX)).toMatchObject({
      verdict: 'bluff',
      because: { kind: 'step-missed', deadline: '2019-06-10', at: { date: '2019-06-10' } },
    });
  });

  it('names the step as the schedule stood when it was said, after any delay', () => {
    const s = play(rules, start, [
      simple('wait'),
      unilateral('delay'),
      simple('wait'),
      simple('wait', say('deadline-threat')),
    ]);
    const over = passToEnd(rules, s);
    // Every step moved 30 days: June 10 became July 10, which the August 1 meeting brings in.
    expect(only(over, US)).toMatchObject({
      verdict: 'kept',
      because: { kind: 'step-came', deadline: '2019-07-10', at: { date: '2019-08-01' } },
    });
  });

  it('is kept when a deal comes first', () => {
    // June 5 pm: the US opens with the June 7 package, which both sides ratify.
    const s = play(rules, threatened, [propose(historicalPackage(rules.scenario)), simple('accept')]);
    expect(s.log.some((e) => e.kind === 'deal')).toBe(true);
    expect(only(s, US)).toMatchObject({
      verdict: 'kept',
      because: { kind: 'deal', at: { date: '2019-06-05' } },
    });
  });
});

describe('an appeal to the principal', () => {
  const appealed = play(rules, start, [
    propose(troops('troops-2000'), say('principal-appeal')),
    simple('reject'),
  ]);

  it('records what the defended package is worth to the listener', () => {
    const r = only(appealed, MX);
    const you = rules.observe(appealed, US).you;
    let expected = 0;
    for (const issue of rules.scenario.issues) {
      const option = issue.id === 'guard-size' ? 'troops-2000' : issue.statusQuo;
      expected += (you.weights[issue.id] ?? 0) * (you.values[issue.id]?.[option] ?? 0);
    }
    expect(r.yourUtility).toBeCloseTo(expected, 6);
  });

  it('followed by a better offer for the listener is a bluff', () => {
    const s = play(rules, appealed, [simple('wait'), simple('wait'), propose(troops('troops-10000'))]);
    expect(only(s, MX)).toMatchObject({ verdict: 'bluff', because: { kind: 'conceded' } });
  });

  it('is kept when the speaker’s own principal refuses the deal, as it said', () => {
    const s = play(rules, start, [propose(troops('troops-6000'), say('principal-appeal')), simple('accept')]);
    const refused = s.log.find((e) => e.kind === 'ratification');
    expect(refused?.kind === 'ratification' && refused.failures).toContain('amlo-dignity');
    expect(only(s, MX)).toMatchObject({ verdict: 'kept', because: { kind: 'principal-refused' } });
    // The appeal stays on trial: offering more after the refusal is a bluff.
    const more = play(rules, s, [simple('wait'), propose(troops('troops-10000'))]);
    expect(only(more, MX)).toMatchObject({ verdict: 'bluff', because: { kind: 'conceded' } });
  });

  it('a final offer the listener accepted is settled there, whatever follows a refused ratification', () => {
    const s = play(rules, start, [propose(troops('troops-6000'), say('final-offer')), simple('accept')]);
    expect(s.log.some((e) => e.kind === 'ratification' && !e.passed)).toBe(true);
    expect(only(s, MX)).toMatchObject({ verdict: 'kept', because: { kind: 'accepted' } });
    const more = play(rules, s, [simple('wait'), propose(troops('troops-10000'))]);
    expect(only(more, MX)).toMatchObject({ verdict: 'kept', because: { kind: 'accepted' } });
  });

  it('followed by the same offer again is kept', () => {
    const s = play(rules, appealed, [simple('wait'), propose(troops('troops-2000'))]);
    expect(only(s, MX)).toMatchObject({ verdict: 'kept', because: { kind: 'held' } });
  });
});

describe('the speaker judged from its own side', () => {
  it('reads its own concession from its own numbers: less for itself is more for them', () => {
    const s = play(rules, start, [
      propose(troops('troops-2000'), say('final-offer')),
      simple('reject'),
      simple('wait'),
      simple('wait'),
      propose(troops('troops-6000')),
    ]);
    const own = read(s, MX, MX);
    expect(own).toHaveLength(1);
    expect(own[0]?.verdict).toBe('bluff');
    expect(read(s, US)).toEqual([]);
  });
});
