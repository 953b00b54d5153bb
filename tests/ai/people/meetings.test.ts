import { describe, expect, it } from 'vitest';
import { lastAnswer, lastAnswerBeforeDeadline, opens } from '../../../src/ai/people/meetings';
import { rules, scenario } from '../../support/people-games';
import { MX, US } from '../../support/sides';

describe('meetings (june-2019)', () => {
  it('the initiative alternates from the opener, as the rules play it', () => {
    expect(opens(scenario, 0)).toBe(MX);
    expect(opens(scenario, 1)).toBe(US);
    let state = rules.newGame({ seed: 1 });
    for (let round = 0; round < 3; round++) {
      expect(state.turn.side).toBe(opens(scenario, round));
      state = unwrap(rules.apply(state, { type: 'wait', side: state.turn.side }));
      state = unwrap(rules.apply(state, { type: 'wait', side: state.turn.side }));
    }
  });

  it('each side answers last on October 1 (the US) or September 1 (Mexico, which opens October 1)', () => {
    expect(rules.rounds[lastAnswer(scenario, US)]?.date).toBe('2019-10-01');
    expect(rules.rounds[lastAnswer(scenario, MX)]?.date).toBe('2019-09-01');
  });

  it("each side's last answer before the June 10 deadline falls on June 8 or 9", () => {
    const us = lastAnswerBeforeDeadline(scenario, US);
    const mx = lastAnswerBeforeDeadline(scenario, MX);
    expect(us === null ? null : rules.rounds[us]?.date).toBe('2019-06-08');
    expect(mx === null ? null : rules.rounds[mx]?.date).toBe('2019-06-09');
    // Both are talks meetings: the tariff has not started.
    for (const r of [us, mx]) expect(r === null ? null : rules.rounds[r]?.phase).toBe('talks');
  });
});

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
