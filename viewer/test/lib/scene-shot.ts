import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { PixelRegion } from './screenshot-diff.ts';
import type {} from '../../src/page-api.ts';

const HIDE_PANELS = '.cimtwin-side, .cimtwin-details { visibility: hidden !important; }';

/** A screenshot of the scene without panels once everything has loaded, written to `outputDir` for inspection. */
export async function sceneShot(page: Page, outputDir: string, name: string): Promise<Buffer> {
  await page.evaluate(() => window.cimtwin!.idle());
  const style = await page.addStyleTag({ content: HIDE_PANELS });
  const shot = await page.screenshot();
  await style.evaluate((element) => element.parentNode?.removeChild(element));
  writeFileSync(join(outputDir, `${name}.png`), shot);
  return shot;
}

/** The screen box around projected corner points. */
export function boxAround(corners: Array<{ x: number; y: number }>): PixelRegion {
  const xs = corners.map((corner) => corner.x);
  const ys = corners.map((corner) => corner.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}
