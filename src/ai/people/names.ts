// The human-like players' names, apart from the players themselves so that the command line's
// help can list them without loading the engine.
export const HUMAN_LIKE_PLAYERS = [
  'stubborn',
  'stubborn-deadline',
  'stubborn-last',
  'reciprocating',
  'accept-anything',
  'lowball',
] as const;
export type HumanLikeName = (typeof HUMAN_LIKE_PLAYERS)[number];

export function isHumanLike(name: string): name is HumanLikeName {
  return (HUMAN_LIKE_PLAYERS as readonly string[]).includes(name);
}
