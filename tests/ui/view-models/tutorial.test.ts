// The tutorial's hints, step by step, through the session as the screens drive it: the offer, what
// it would take, a proposal, an offer to accept, the debrief; and "How to play" starts it.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/schema';
import type { ScenarioEntry } from '../../../src/store/contract';
import { currentHint } from '../../../src/ui/view-models/tutorial';
import { entry, makeStore, personFor, playPerson } from '../../store/fixture';

const text = (en: string) => ({ en, es: `${en} (es)` });
const tutorialScenario: Scenario = {
  ...entry.scenario,
  id: 'a-tutorial',
  tutorial: {
    hints: [
      { id: 'build', step: 'offer', text: text('Build an offer.') },
      { id: 'ask', step: 'what-it-takes', text: text('Ask what it would take.') },
      { id: 'send', step: 'propose', text: text('Send it.') },
      { id: 'take', step: 'accept', text: text('Take their offer.') },
      { id: 'learn', step: 'debrief', text: text('Read the debrief.') },
    ],
  },
};
const tutorial: ScenarioEntry = { ...entry, id: 'a-tutorial', scenario: tutorialScenario };

describe('the tutorial', () => {
  it('starts from "How to play" and walks its hints in order', () => {
    const { store } = makeStore({ scenarios: [entry, tutorial] });
    store.commands.startTutorial();
    expect(store.getState().screen).toBe('brief');
    expect(store.getState().setup?.scenarioId).toBe('a-tutorial');
    store.commands.beginTalks();
    const obs = () => {
      const o = store.getState().game?.observation;
      if (!o) throw new Error('no game');
      return o;
    };
    const at = (edited: boolean, asked: boolean) =>
      currentHint(tutorialScenario, obs(), { edited, asked }, false)?.hint.id;
    expect(at(false, false)).toBe('build');
    expect(currentHint(tutorialScenario, obs(), { edited: false, asked: false }, false)).toMatchObject({
      number: 1,
      count: 5,
    });
    expect(at(true, false)).toBe('ask');
    expect(at(true, true)).toBe('send');
    // Once the person has proposed, the next hint waits for an offer of theirs to accept.
    let sawAccept = false;
    for (let i = 0; i < 20 && obs().phase !== 'over'; i++) {
      const proposed = obs().log.some(
        (e) =>
          e.kind === 'action' &&
          e.action.side === obs().side &&
          ['propose', 'counter'].includes(e.action.type),
      );
      if (proposed && obs().legal.some((l) => l.type === 'accept')) {
        expect(at(true, true)).toBe('take');
        sawAccept = true;
      }
      playPerson(store, personFor(obs().side), 1);
    }
    expect(sawAccept).toBe(true);
    expect(currentHint(tutorialScenario, obs(), { edited: true, asked: true }, true)?.hint.id).toBe('learn');
  });

  it('has no hints in a scenario without a tutorial, and "How to play" without one is refused', () => {
    const { store } = makeStore();
    store.commands.startTutorial();
    expect(store.getState().notice?.code).toBe('NO_TUTORIAL');
    store.commands.clearNotice();
    store.commands.openSetup();
    store.commands.startGame();
    store.commands.beginTalks();
    const o = store.getState().game?.observation;
    if (!o) throw new Error('no game');
    expect(currentHint(entry.scenario, o, { edited: false, asked: false }, false)).toBeNull();
  });
});
