import { describe, expect, it } from 'vitest';
import { replayColumn } from '../../../src/ui/view-models/replay';
import { makeStore, personFor, playPerson, startAs } from '../../store/fixture';
import { MX, US } from '../../support/sides';

/** The viewer's state for a whole game as Mexico, at the end, seen through `lens`. */
function viewerAt(lens: typeof US | typeof MX | 'all', step?: number) {
  const { store } = makeStore();
  startAs(store, MX);
  playPerson(store, personFor(MX));
  const exported = store.commands.exportReplay();
  store.commands.toTitle();
  store.commands.openReplays();
  store.commands.openReplay(exported?.text ?? '', 'game.json');
  store.commands.replayTo(step ?? Number.MAX_SAFE_INTEGER);
  store.commands.replayLens(lens);
  const s = store.getState();
  if (!s.replay || !s.game) throw new Error('the viewer did not open');
  return { replay: s.replay, game: s.game };
}

describe('replayColumn', () => {
  it('names where the replay stands, who played, and every round, in either language', () => {
    const { replay, game } = viewerAt('all');
    const en = replayColumn('en', game.scenario, replay, game.observation);
    expect(en.position).toMatch(new RegExp(`^Move ${replay.steps} of ${replay.steps} · `));
    expect(en.players).toEqual(['Mike Pence: the AI (The pragmatist, medium)', 'Marcelo Ebrard: a person']);
    expect(en.rounds.filter((r) => r.selected)).toHaveLength(1);
    expect(en.rounds[0]?.label).toBe('Meeting 1 · June 5');
    expect(en.atEnd && !en.atStart).toBe(true);
    const es = replayColumn('es', game.scenario, replay, game.observation);
    expect(es.rounds[0]?.label).toBe('Reunión 1 · 5 de junio');
    expect(es.speeds.map((s) => s.label)).toContain('1 jugada por segundo');
  });

  it('marks this move’s lines, and bluffs only in the everything view, with both briefs there', () => {
    const all = viewerAt('all');
    const column = replayColumn('en', all.game.scenario, all.replay, all.game.observation);
    const fresh = column.lines.filter((l) => l.fresh);
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((l) => l.seq >= all.replay.freshFrom)).toBe(true);
    expect(column.briefs.map((b) => b.who)).toEqual(['Mike Pence', 'Marcelo Ebrard']);
    const us = viewerAt(US);
    const own = replayColumn('en', us.game.scenario, us.replay, us.game.observation);
    expect(own.briefs.map((b) => b.who)).toEqual(['Mike Pence']);
    expect(own.lines.some((l) => l.bluff)).toBe(false);
    expect(own.lenses.find((l) => l.selected)?.label).toBe('What Mike Pence saw');
  });

  it('has no line of "this move" at the start', () => {
    const { replay, game } = viewerAt('all', 0);
    const column = replayColumn('en', game.scenario, replay, game.observation);
    expect(column.atStart).toBe(true);
    expect(column.position).toBe('The start · June 5');
    expect(column.lines.some((l) => l.fresh)).toBe(false);
  });
});
