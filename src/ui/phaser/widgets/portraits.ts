// The four portraits (negotiators large, principals small) with their name plates. The SVGs are
// the project's own art (assets/portraits); a face without a file gets the generic ones. They are
// files, never inlined: Vite writes a small SVG as a URL-encoded data: URL, which Phaser's loader
// decodes as base64 and fails on.
import type * as Phaser from 'phaser';
import amloUrl from '../../../../assets/portraits/amlo.svg?no-inline';
import degenhartUrl from '../../../../assets/portraits/degenhart.svg?no-inline';
import ebrardUrl from '../../../../assets/portraits/ebrard.svg?no-inline';
import genericAUrl from '../../../../assets/portraits/generic-a.svg?no-inline';
import genericBUrl from '../../../../assets/portraits/generic-b.svg?no-inline';
import lutnickUrl from '../../../../assets/portraits/lutnick.svg?no-inline';
import mcaleenanUrl from '../../../../assets/portraits/mcaleenan.svg?no-inline';
import moralesUrl from '../../../../assets/portraits/morales.svg?no-inline';
import penceUrl from '../../../../assets/portraits/pence.svg?no-inline';
import sheinbaumUrl from '../../../../assets/portraits/sheinbaum.svg?no-inline';
import trumpUrl from '../../../../assets/portraits/trump.svg?no-inline';
import { worldTexts as t } from '../../i18n/areas/world';
import { type Lang, say } from '../../i18n/texts';
import { hex, motion, palette } from '../../theme';
import type { PortraitFile, PortraitItem } from '../../view-models/world';
import type { Rect } from '../layout';
import { declareExtent } from '../partial-redraw';
import { Baked } from './baked';
import { addText, fitWidth } from './text';
import { toneKey, toneSoftKey } from './tones';

const URLS: Record<PortraitFile, string> = {
  ebrard: ebrardUrl,
  pence: penceUrl,
  amlo: amloUrl,
  trump: trumpUrl,
  lutnick: lutnickUrl,
  sheinbaum: sheinbaumUrl,
  mcaleenan: mcaleenanUrl,
  degenhart: degenhartUrl,
  morales: moralesUrl,
  'generic-a': genericAUrl,
  'generic-b': genericBUrl,
};

/** Loaded at three times the negotiator's size, the highest render scale, so faces stay sharp. */
const LOAD_SIZE = { width: 312, height: 384 } as const;

export function portraitKey(file: PortraitFile): string {
  return `portrait-${file}`;
}

export function loadPortraits(scene: Phaser.Scene): void {
  for (const [file, url] of Object.entries(URLS) as [PortraitFile, string][]) {
    const key = portraitKey(file);
    if (!scene.textures.exists(key)) scene.load.svg(key, url, LOAD_SIZE);
  }
}

export class PortraitWidget {
  private readonly glow: Phaser.GameObjects.Graphics;
  private readonly tag: Phaser.GameObjects.Text;
  private speaking = false;

  constructor(
    private readonly scene: Phaser.Scene,
    item: PortraitItem,
    private readonly rect: Rect,
    lang: Lang,
  ) {
    const r = rect;
    const large = item.role === 'negotiator';
    this.glow = scene.add.graphics();
    declareExtent(this.glow, { x: r.x - 5, y: r.y - 5, width: r.width + 10, height: r.height + 10 });
    const back = scene.add.graphics();
    back.fillStyle(hex('slateRaised'), 1);
    back.fillRoundedRect(r.x, r.y, r.width, r.height, 6);
    const key = portraitKey(item.file);
    const image = scene.add.image(r.x + r.width / 2, r.y + r.height, key).setOrigin(0.5, 1);
    image.setDisplaySize(r.width, (r.width * LOAD_SIZE.height) / LOAD_SIZE.width);
    image.setCrop(0, 0, LOAD_SIZE.width, LOAD_SIZE.height);
    const frame = scene.add.graphics();
    let name: Phaser.GameObjects.Text;
    let role: Phaser.GameObjects.Text;
    frame.lineStyle(large ? 3 : 2, hex(toneKey(item.tone)), 1);
    frame.strokeRoundedRect(r.x, r.y, r.width, r.height, 6);
    if (large) {
      // The name plate over the portrait's foot.
      frame.fillStyle(hex('night'), 0.86);
      frame.fillRect(r.x + 2, r.y + r.height - 34, r.width - 4, 32);
      frame.fillStyle(hex(toneKey(item.tone)), 1);
      frame.fillRect(r.x + 2, r.y + r.height - 34, r.width - 4, 2);
      name = addText(scene, r.x + r.width / 2, r.y + r.height - 31, item.name, {
        size: 12,
        bold: true,
        align: 'center',
      }).setOrigin(0.5, 0);
      fitWidth(name, r.width - 8);
      role = addText(scene, r.x + r.width / 2, r.y + r.height - 16, item.roleText, {
        size: 11,
        colour: 'mist',
      }).setOrigin(0.5, 0);
      fitWidth(role, r.width - 8);
    } else {
      // The principal's name above the small portrait: too small to carry a plate.
      const right = item.seat === 'right';
      const x = right ? r.x + r.width : r.x;
      name = addText(scene, x, r.y - 36, item.name.split(' ').slice(-2).join(' '), {
        size: 12,
        bold: true,
        align: right ? 'right' : 'left',
      }).setOrigin(right ? 1 : 0, 0);
      fitWidth(name, 120);
      role = addText(scene, x, r.y - 20, item.roleText, { size: 11, colour: 'mist' }).setOrigin(
        right ? 1 : 0,
        0,
      );
      fitWidth(role, 120);
    }
    const still: (Phaser.GameObjects.Graphics | Phaser.GameObjects.Image | Phaser.GameObjects.Text)[] = [
      back,
      image,
      frame,
      name,
      role,
    ];
    this.tag = addText(scene, r.x + r.width / 2, r.y - 2, '', {
      size: 11,
      bold: true,
      colour: 'ink',
    }).setOrigin(0.5, 1);
    this.tag.setBackgroundColor(palette.focus).setPadding(4, 1, 4, 1);
    this.tag.setVisible(false);
    if (item.you) {
      const you = addText(scene, r.x + 6, r.y + 6, say(lang, t.portraitYou), {
        size: 11,
        bold: true,
        colour: 'ink',
      });
      you.setBackgroundColor(palette[toneSoftKey(item.tone)]).setPadding(4, 1, 4, 1);
      still.push(you);
    }
    // Everything but the glow and the "spoke last" tag is the same all game: one texture, over
    // the frame and the names (which may sit above a small portrait).
    const box = still
      .filter((o): o is Phaser.GameObjects.Text => o.type === 'Text')
      .map((o) => o.getBounds())
      .reduce(
        (a, b) => {
          const x = Math.floor(Math.min(a.x, b.x));
          const y = Math.floor(Math.min(a.y, b.y));
          return {
            x,
            y,
            width: Math.ceil(Math.max(a.x + a.width, b.x + b.width)) - x,
            height: Math.ceil(Math.max(a.y + a.height, b.y + b.height)) - y,
          };
        },
        { x: r.x, y: r.y, width: r.width, height: r.height },
      );
    new Baked(scene, still, box, `portrait-${item.side}-${item.role}`).refresh();
  }

  show(item: PortraitItem, lang: Lang, instant: boolean): void {
    this.tag.setText(say(lang, t.portraitSpeaking));
    if (item.speaking === this.speaking) return;
    this.speaking = item.speaking;
    const r = this.rect;
    this.glow.clear();
    this.tag.setVisible(item.speaking);
    if (!item.speaking) return;
    this.glow.fillStyle(hex('focus'), 0.22);
    this.glow.fillRoundedRect(r.x - 5, r.y - 5, r.width + 10, r.height + 10, 9);
    this.glow.lineStyle(2, hex('focus'), 0.9);
    this.glow.strokeRoundedRect(r.x - 3, r.y - 3, r.width + 6, r.height + 6, 8);
    if (instant) return;
    this.glow.setAlpha(0);
    this.scene.tweens.add({ targets: this.glow, alpha: 1, duration: motion.move, ease: motion.ease });
  }
}
