// The `--<side-id> <player>` flags of a command, checked against the scenario's sides: exactly one
// player for each side, each a player that can take that side.
import { checkPlayer, type PlayerSpec, parsePlayerSpec } from '../ai/registry';
import { err, ok, type Result } from '../result';
import type { Scenario } from '../scenario/schema';
import { perSide, type SideId, sideIds } from '../scenario/sides';
import { type SideFlag, type UsageError, usageError } from './args';
import { sideName } from './sides';
import type { Lineup } from './simulate';

/** `command` names the command in a message about a missing side: `simulate`, `replay record`. */
export function lineupFor(
  scenario: Scenario,
  given: readonly SideFlag[],
  command = 'simulate',
): Result<Lineup, UsageError> {
  const sides = sideIds(scenario);
  const known = sides.map((side) => `--${side} (${sideName(scenario, side)})`).join(', ');
  const unknown = given.find(({ flag }) => !sides.some((side) => flag === `--${side}`));
  if (unknown) {
    return err(usageError(`unknown option "${unknown.flag}": the sides of ${scenario.id} are ${known}`));
  }
  const missing = sides.find((side) => !given.some(({ flag }) => flag === `--${side}`));
  if (missing !== undefined) {
    return err(
      usageError(`${command} needs --${missing}: a player for each side of ${scenario.id}, ${known}`),
    );
  }
  const playerOf = (side: SideId) =>
    readPlayer(
      scenario,
      side,
      given.find(({ flag }) => flag === `--${side}`),
    );
  const [first, second] = sides;
  const a = playerOf(first);
  if (!a.ok) return a;
  const b = playerOf(second);
  if (!b.ok) return b;
  return ok(perSide(scenario, (side) => (side === first ? a.value : b.value)));
}

function readPlayer(
  scenario: Scenario,
  side: SideId,
  given: SideFlag | undefined,
): Result<PlayerSpec, UsageError> {
  const spec = parsePlayerSpec(given?.player ?? '');
  if (!spec.ok) return err(usageError(`--${side}: ${spec.error.message}`));
  const checked = checkPlayer(spec.value, scenario, side);
  return checked.ok ? checked : err(usageError(`--${side}: ${checked.error.message}`));
}
