// A Phaser game that leaves nothing behind. Phaser's boot adds a 'visibilitychange' listener to
// the document and sets window.onblur and onfocus, and destroy takes none of them off: each game
// the table ever made would stay alive through them (three games a table, ten tables: thirty
// listeners and every canvas, texture and portrait they held). What boot adds is caught here, so
// `release` can take it off again.
import * as Phaser from 'phaser';

export interface BootedGame {
  readonly game: Phaser.Game;
  /** Takes off what the game's boot added to the document and the window. */
  release(): void;
}

export function bootGame(config: Phaser.Types.Core.GameConfig): BootedGame {
  const added: [string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined][] =
    [];
  let onblur: typeof window.onblur = null;
  let onfocus: typeof window.onfocus = null;
  const postBoot = (game: Phaser.Game) => {
    config.callbacks?.postBoot?.(game);
    // Boot's last steps (the listeners) run right after this callback, in the same task: the
    // document's addEventListener is watched until the microtask after it.
    const add = document.addEventListener;
    document.addEventListener = function (
      this: Document,
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ) {
      added.push([type, listener, options]);
      add.call(this, type, listener, options);
    };
    queueMicrotask(() => {
      document.addEventListener = add;
      onblur = window.onblur;
      onfocus = window.onfocus;
    });
  };
  const game = new Phaser.Game({ ...config, callbacks: { ...config.callbacks, postBoot } });
  return {
    game,
    release() {
      for (const [type, listener, options] of added) document.removeEventListener(type, listener, options);
      added.length = 0;
      if (onblur && window.onblur === onblur) window.onblur = null;
      if (onfocus && window.onfocus === onfocus) window.onfocus = null;
    },
  };
}
