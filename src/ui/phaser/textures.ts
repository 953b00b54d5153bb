// Textures the scene makes itself: the migrant dot and the troop shield. Made in `create`, so a
// scene restarted after a lost WebGL context makes them again.
import * as Phaser from 'phaser';
import { hex } from '../theme';

export const DOT = 'world-dot';
export const SHIELD = 'world-shield';

export function makeTextures(scene: Phaser.Scene): void {
  for (const key of [DOT, SHIELD]) if (scene.textures.exists(key)) scene.textures.remove(key);
  const g = scene.make.graphics({ x: 0, y: 0 }, false);
  // A soft dot: concentric circles fading out, drawn at 2× for crisp scaling.
  for (let r = 8; r >= 1; r--) {
    g.fillStyle(hex('paper'), 0.12 + (8 - r) * 0.11);
    g.fillCircle(8, 8, r);
  }
  g.generateTexture(DOT, 16, 16);
  g.clear();
  // A shield with a chevron: the Guard's marker.
  g.fillStyle(hex('night'), 0.85);
  g.fillRoundedRect(0, 0, 28, 32, 6);
  g.fillStyle(hex('mx'), 1);
  g.beginPath();
  g.moveTo(3, 3);
  g.lineTo(25, 3);
  g.lineTo(25, 17);
  g.lineTo(14, 29);
  g.lineTo(3, 17);
  g.closePath();
  g.fillPath();
  g.lineStyle(2, hex('paper'), 1);
  g.strokePath();
  g.lineStyle(3, hex('gold'), 1);
  g.beginPath();
  g.moveTo(8, 12);
  g.lineTo(14, 7);
  g.lineTo(20, 12);
  g.moveTo(8, 19);
  g.lineTo(14, 14);
  g.lineTo(20, 19);
  g.strokePath();
  g.generateTexture(SHIELD, 28, 32);
  g.destroy();
  // generateTexture draws through a camera that Phaser keeps for the whole page and never
  // empties: left there, the graphics (and through them this game's renderer and canvas) would
  // outlive the game.
  Phaser.GameObjects.Graphics.TargetCamera.renderList.length = 0;
}
