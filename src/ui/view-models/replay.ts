// What the replay viewer's column shows, from the session's replay view and the observation of the
// current step: where we are, who played, the lines of the talks (this move's marked, bluffs marked
// in the "everything" view), and the briefs that view may show. Pure, tested in Node.

import { isDifficulty } from '../../ai/difficulty';
import type { Observation } from '../../engine';
import type { Scenario } from '../../scenario/schema';
import { sideIds, sideInfo } from '../../scenario/sides';
import type { ReplayLens, ReplayView } from '../../store/contract';
import { REPLAY_SPEEDS } from '../../store/replay-session';
import { replayTexts as T } from '../i18n/areas/replay';
import { setupTexts as SETUP } from '../i18n/areas/setup';
import { formatDate } from '../i18n/formats';
import { type Lang, say } from '../i18n/texts';
import { logLine } from './log';

export interface ReplayLineView {
  readonly seq: number;
  readonly date: string;
  readonly kind: string;
  readonly text: string;
  /** Written by the current step's action. */
  readonly fresh: boolean;
  readonly bluff: boolean;
}

export interface ReplayColumnView {
  readonly position: string;
  readonly players: readonly string[];
  readonly rounds: readonly { readonly round: number; readonly label: string; readonly selected: boolean }[];
  readonly speeds: readonly { readonly value: number; readonly label: string; readonly selected: boolean }[];
  readonly lenses: readonly {
    readonly value: ReplayLens;
    readonly label: string;
    readonly selected: boolean;
  }[];
  readonly lines: readonly ReplayLineView[];
  readonly briefs: readonly { readonly who: string; readonly text: string }[];
  readonly atStart: boolean;
  readonly atEnd: boolean;
}

/** `pragmatist:hard` as the setup screen names it: "The pragmatist, hard"; other players by their id. */
function aiName(scenario: Scenario, player: string, lang: Lang): string {
  const [id, difficulty] = player.split(':');
  const persona = (scenario.personas ?? []).find((p) => p.id === id);
  if (!persona) return player;
  const level = difficulty && isDifficulty(difficulty) ? say(lang, SETUP[difficulty]) : null;
  return level ? `${persona.label[lang]}, ${level.toLocaleLowerCase(lang)}` : persona.label[lang];
}

export function replayColumn(
  lang: Lang,
  scenario: Scenario,
  replay: ReplayView,
  obs: Observation,
): ReplayColumnView {
  const sides = sideIds(scenario);
  const players = sides.map((side) => {
    const p = replay.players[side];
    const who = sideInfo(scenario, side).negotiator.name;
    const player =
      !p || p.kind === 'person'
        ? say(lang, T.person)
        : say(lang, T.ai, { player: aiName(scenario, p.player, lang) });
    return say(lang, T.playedBy, { who, player });
  });
  const position =
    replay.step === 0
      ? say(lang, T.positionStart, { date: formatDate(lang, obs.date) })
      : say(lang, T.position, {
          step: replay.step,
          steps: replay.steps,
          date: formatDate(lang, obs.date),
          round: Math.min(obs.round, obs.roundCount - 1) + 1,
        });
  const lines: ReplayLineView[] = [];
  for (const entry of obs.log) {
    const line = logLine(scenario, lang, entry);
    if (!line) continue;
    const bluff = replay.lens === 'all' && entry.kind === 'action' && entry.action.say?.bluff === true;
    lines.push({ ...line, fresh: entry.seq >= replay.freshFrom && replay.step > 0, bluff });
  }
  const briefSides = replay.lens === 'all' ? sides : sides.filter((s) => s === replay.lens);
  return {
    position,
    players,
    rounds: replay.rounds.map((r) => ({
      round: r.round,
      label: say(lang, T.roundOption, { round: r.round + 1, date: formatDate(lang, r.date) }),
      selected: r.round === replay.round,
    })),
    speeds: REPLAY_SPEEDS.map((n) => ({
      value: n,
      label: say(lang, n === 1 ? T.speedOne : T.speedOption, { n: n.toLocaleString(lang) }),
      selected: n === replay.speed,
    })),
    lenses: [
      ...sides.map((side) => ({
        value: side as ReplayLens,
        label: say(lang, T.lensSide, { who: sideInfo(scenario, side).negotiator.name }),
        selected: replay.lens === side,
      })),
      { value: 'all' as ReplayLens, label: say(lang, T.lensAll), selected: replay.lens === 'all' },
    ],
    lines,
    briefs: briefSides.map((side) => ({
      who: sideInfo(scenario, side).negotiator.name,
      text: sideInfo(scenario, side).brief[lang],
    })),
    atStart: replay.step === 0,
    atEnd: replay.step >= replay.steps,
  };
}
