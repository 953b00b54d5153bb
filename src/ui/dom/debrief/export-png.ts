// The debrief as one PNG: the title, the outcome and the scores as text, then every chart, drawn on
// a canvas and downloaded. The charts are inline SVG coloured by the theme's CSS variables, which
// an SVG drawn as an image cannot see, so each variable is replaced by its value first.
import { downloadBlob } from '../download';

export const PNG_NAME = 'deadline-diplomacy-debrief.png';
const WIDTH = 1600;
const MARGIN = 48;

function themeValue(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

function resolved(svg: SVGSVGElement): string {
  const text = new XMLSerializer().serializeToString(svg);
  // The values go inside double-quoted attributes: font stacks' quotes become single ones.
  return text.replace(/var\((--[\w-]+)\)/g, (whole, name: string) =>
    (themeValue(name) || whole).replace(/"/g, "'"),
  );
}

function imageOf(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([resolved(svg)], { type: 'image/svg+xml' }));
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('a chart could not be drawn'));
    };
    img.src = url;
  });
}

export interface PngText {
  readonly title: string;
  /** The outcome line and the scores, one line each. */
  readonly lines: readonly string[];
}

/** Draws the page's charts and key figures on a canvas; resolves with the PNG. */
export async function debriefPng(charts: readonly SVGSVGElement[], words: PngText): Promise<Blob> {
  const images = await Promise.all(charts.map(imageOf));
  const scaled = images.map((img, i) => {
    const box = charts[i]?.viewBox.baseVal;
    const w = box?.width || img.width;
    const h = box?.height || img.height;
    const scale = Math.min(1.8, (WIDTH - 2 * MARGIN) / w);
    return { img, w: w * scale, h: h * scale };
  });
  const header = 80 + words.lines.length * 34 + 24;
  const height = header + scaled.reduce((sum, s) => sum + s.h + 32, 0) + MARGIN;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = Math.ceil(height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = themeValue('--c-slate');
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = themeValue('--c-paper');
  ctx.font = `700 44px ${themeValue('--f-display')}`;
  ctx.fillText(words.title, MARGIN, MARGIN + 36);
  ctx.font = `400 24px ${themeValue('--f-body')}`;
  words.lines.forEach((line, i) => {
    ctx.fillStyle = i === 0 ? themeValue('--c-gold') : themeValue('--c-paper');
    ctx.fillText(line, MARGIN, MARGIN + 88 + i * 34);
  });
  let y = header + MARGIN / 2;
  for (const s of scaled) {
    ctx.drawImage(s.img, MARGIN, y, s.w, s.h);
    y += s.h + 32;
  }
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png');
  });
}

/** Offers the PNG as a download. */
export function download(blob: Blob, name = PNG_NAME): void {
  downloadBlob(name, blob);
}
