import { texts } from '../texts';

export const titleTexts = texts({
  kicker: { en: 'June 2019 · a tariff crisis', es: 'Junio de 2019 · una crisis arancelaria' },
  name: { en: 'Deadline Diplomacy', es: 'Deadline Diplomacy' },
  pitch: {
    en: 'Five days to stop a 5% tariff climbing to 25%: negotiate for Mexico or the United States.',
    es: 'Cinco días para que un arancel del 5% no suba al 25%: negocie por México o por Estados Unidos.',
  },
  language: { en: 'Language', es: 'Idioma' },
  newGame: { en: 'New game', es: 'Nueva partida' },
  continue: { en: 'Continue', es: 'Continuar' },
  continueNote: {
    en: 'Saved game: {side}, {date}, meeting {round}',
    es: 'Partida guardada: {side}, {date}, reunión {round}',
  },
  noSave: { en: 'No saved game yet', es: 'Aún no hay partida guardada' },
  howToPlay: { en: 'How to play', es: 'Cómo se juega' },
  discard: { en: 'Discard this save', es: 'Descartar esta partida' },
  saveProblem: {
    en: 'The saved game cannot be loaded: {message}',
    es: 'La partida guardada no se puede cargar: {message}',
  },
  close: { en: 'Close', es: 'Cerrar' },
  rules1: {
    en: 'You negotiate for one side, against an AI negotiator for the other. Each meeting, the side whose turn it is proposes a package of terms, or answers the one on the table: accept, reject, or counter with a package of its own.',
    es: 'Usted negocia por un lado contra un negociador artificial del otro. En cada reunión, el lado al que le toca propone un paquete de términos o responde al que está sobre la mesa: acepta, rechaza o contrapropone.',
  },
  rules2: {
    en: 'The clock is real: the tariff starts on June 10 and climbs each month. Each side also has a principal and a legislature that must live with the deal, shown as meters that move with what happens.',
    es: 'El reloj corre: el arancel empieza el 10 de junio y sube cada mes. Cada lado tiene además un mandatario y un poder legislativo que deben aceptar el acuerdo, mostrados como indicadores que se mueven con lo que ocurre.',
  },
  rules3: {
    en: 'Before you send an offer, the builder shows what it is worth to you and an estimate of the chance they accept, from your own side’s information. "What would it take?" asks your counterpart directly.',
    es: 'Antes de enviar una oferta, el constructor muestra lo que vale para usted y una estimación de la probabilidad de que la acepten, con la información de su lado. «¿Qué haría falta?» se lo pregunta directamente a su contraparte.',
  },
  rules4: {
    en: 'The game ends with a deal, a walk-out or no deal by the end date. The debrief compares your result with what really happened on June 7, 2019.',
    es: 'La partida acaba con un acuerdo, una ruptura o sin acuerdo en la fecha final. El informe final compara su resultado con lo que pasó realmente el 7 de junio de 2019.',
  },
});
