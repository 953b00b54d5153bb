// Who must answer the offer on the table. One rule, read by validation, the legal-action list, the
// players and the UI: a side faces an offer when one stands and the other side made it.
import type { SideId } from '../scenario/sides';

export function facesOffer(standing: { readonly by: SideId } | null, side: SideId): boolean {
  return standing !== null && standing.by !== side;
}
