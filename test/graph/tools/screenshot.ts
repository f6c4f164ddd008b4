/**
 * mesh.svg as a browser shows it: headless Chromium renders the file to PNG (`--screenshot`), pngjs decodes it, and
 * the pixels are counted, overall and inside the boxes where Graphviz put given labels.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PNG } from 'pngjs';

/** Set by CI (.ci/run): the screenshot check must run, so a missing Chromium is a failure, not a skip. */
export const REQUIRE_CHROMIUM_ENV = 'CDK8S_ISTIO_REQUIRE_CHROMIUM';
const NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

/** The Chromium executable on PATH (Debian's `chromium` package installs /usr/bin/chromium), or undefined. */
export function findChromium(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of NAMES) {
      const file = path.join(dir, name);
      if (dir !== '' && fs.existsSync(file)) return file;
    }
  }
  return undefined;
}

export interface Screenshot {
  readonly png: PNG;
  /** CSS pixels per SVG user unit (Graphviz writes points: 96 / 72). */
  readonly scale: number;
  /** Graphviz's translate of the drawing (its y axis points up from the bottom edge). */
  readonly translate: readonly [number, number];
}

/** Renders the SVG text in headless Chromium at device scale 1 in a window of `width` × `height` CSS pixels. */
export function screenshot(chromium: string, svg: string, width: number, height: number): Screenshot {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-istio-shot-'));
  try {
    const file = path.join(dir, 'mesh.svg');
    const out = path.join(dir, 'mesh.png');
    fs.writeFileSync(file, svg);
    // --no-sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
    const r = spawnSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
      '--force-device-scale-factor=1', `--user-data-dir=${path.join(dir, 'profile')}`, `--window-size=${width},${height}`,
      `--screenshot=${out}`, `file://${file}`], { encoding: 'utf8', timeout: 90_000 });
    if (!fs.existsSync(out)) throw new Error(`${chromium} wrote no screenshot (exit ${r.status}): ${r.stderr}`);
    const png = PNG.sync.read(fs.readFileSync(out));
    const viewBox = /viewBox="[\d.]+ [\d.]+ ([\d.]+) [\d.]+"/.exec(svg);
    const widthPt = /<svg width="([\d.]+)pt"/.exec(svg);
    const translate = /transform="scale\(1 1\) rotate\(0\) translate\(([-\d.]+) ([-\d.]+)\)"/.exec(svg);
    const scale = widthPt && viewBox ? (Number(widthPt[1]) * 96 / 72) / Number(viewBox[1]) : 96 / 72;
    return { png, scale, translate: translate ? [Number(translate[1]), Number(translate[2])] : [0, 0] };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The SVG's size in CSS pixels (Graphviz gives width and height in points), rounded up. */
export function svgPixels(svg: string): [number, number] {
  const size = /<svg width="([\d.]+)pt"\s+height="([\d.]+)pt"/.exec(svg);
  if (size === null) throw new Error('the SVG has no width and height in points');
  return [Math.ceil(Number(size[1]) * 96 / 72), Math.ceil(Number(size[2]) * 96 / 72)];
}

/** Pixels in the rectangle (clipped to the image) that are not near-white background. */
export function inkIn(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let ink = 0;
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(png.height, Math.ceil(y1)); y++) {
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(png.width, Math.ceil(x1)); x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i] < 200 || png.data[i + 1] < 200 || png.data[i + 2] < 200) ink++;
    }
  }
  return ink;
}

/** The box (in screenshot pixels) around a label Graphviz centred at (x, y) with the given font size, in SVG units. */
export function labelBox(shot: Screenshot, x: number, y: number, text: string, fontSize: number): [number, number, number, number] {
  const cx = (x + shot.translate[0]) * shot.scale;
  const baseline = (y + shot.translate[1]) * shot.scale;
  const half = (text.length * fontSize * 0.3) * shot.scale;
  return [cx - half, baseline - fontSize * shot.scale, cx + half, baseline + 2 * shot.scale];
}
