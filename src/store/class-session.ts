// The classroom's half of the session: the guide and the printable briefs are views, so what the
// store keeps is the class's games. Each replay file or share link is verified like any replay;
// those that cannot be are listed by name and left out, and the results are built again from the
// games that remain.
import type { Rules } from '../engine';
import { toCsv } from '../replay/class-csv';
import { type ClassGame, classGame, classResults } from '../replay/class-results';
import { replayError } from '../replay/errors';
import { MAX_REPLAY_BYTES } from '../replay/format';
import { readReplay, tooLarge } from '../replay/read';
import { replayTextFromLink } from '../replay/share-link';
import { verifyReplay } from '../replay/verify';
import type { ReplayExport, ReplayNotice, ScenarioEntry, SessionCommands, SessionState } from './contract';
import { replayNotice, rulesById } from './replay-notice';

export interface ClassSessionDeps {
  readonly scenarios: () => readonly ScenarioEntry[];
  readonly rulesFor: (entry: ScenarioEntry) => Rules;
  readonly get: () => SessionState;
  readonly set: (partial: Partial<SessionState>) => void;
}

export type ClassCommands = Pick<
  SessionCommands,
  | 'openClassroom'
  | 'openClassResults'
  | 'addClassReplays'
  | 'addClassLinks'
  | 'clearClassResults'
  | 'classCsv'
>;

/** More than a class ever brings at once; past it the screen would stall, so the rest wait. */
const MAX_GAMES = 2000;

export function createClassSession(deps: ClassSessionDeps): { readonly commands: ClassCommands } {
  let games: ClassGame[] = [];
  let refused: ReplayNotice[] = [];

  const byId = rulesById(deps.scenarios, deps.rulesFor);
  const publish = () =>
    deps.set({
      classResults: games.length + refused.length === 0 ? null : { results: classResults(games), refused },
    });
  const addText = (text: string, source: string) => {
    if (games.length >= MAX_GAMES) {
      refused.push(
        replayNotice(source, replayError('REPLAY_MALFORMED', `at most ${MAX_GAMES} games at once`)),
      );
      return;
    }
    const read = readReplay(text);
    const verified = read.ok ? verifyReplay(read.value, byId) : read;
    if (verified.ok) games.push(classGame(verified.value));
    else refused.push(replayNotice(source, verified.error));
  };
  const onScreen = () => deps.get().screen === 'class-results';

  return {
    commands: {
      openClassroom() {
        const screen = deps.get().screen;
        if (screen === 'title' || screen === 'class-results') deps.set({ screen: 'classroom' });
      },
      openClassResults() {
        if (deps.get().screen !== 'classroom') return;
        deps.set({ screen: 'class-results' });
      },
      addClassReplays(files) {
        if (!onScreen()) return;
        for (const f of files) {
          if (f.bytes !== undefined && f.bytes > MAX_REPLAY_BYTES)
            refused.push(replayNotice(f.source, tooLarge(f.bytes)));
          else addText(f.text, f.source);
        }
        publish();
      },
      addClassLinks(text) {
        if (!onScreen()) return;
        const lines = text
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter((l) => l !== '');
        lines.forEach((line, i) => {
          const source = `link ${i + 1}`;
          const replay = replayTextFromLink(line);
          if (replay.ok) addText(replay.value, source);
          else refused.push(replayNotice(source, replay.error));
        });
        publish();
      },
      clearClassResults() {
        games = [];
        refused = [];
        publish();
      },
      classCsv(): ReplayExport | null {
        if (games.length === 0) return null;
        return { fileName: 'class-results.csv', text: toCsv(games.map((g) => g.row)) };
      },
    },
  };
}
