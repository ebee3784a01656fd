/**
 * Screenshots of the built article page on a phone and a desktop, for the
 * README: `npm run build && node scripts/screenshots.ts [slug]`. Chinese glyphs
 * need a CJK system font (Debian: fonts-noto-cjk).
 */
import { resolve } from 'node:path';
import { launchBrowser } from '../tools/browser.ts';
import { serveStatic } from '../tools/static-server.ts';

const slug = process.argv[2] ?? 'jincheng-2025-04-22-houzhishengtai';
const out = resolve('docs/screenshots');
const server = await serveStatic(resolve(process.env.ARCHIVE_OUT_DIR ?? 'dist'));
const browser = await launchBrowser();
try {
  const shots = [
    { name: 'article-phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, colorScheme: 'light' as const },
    { name: 'article-desktop', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, isMobile: false, colorScheme: 'light' as const },
    { name: 'article-desktop-dark', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, isMobile: false, colorScheme: 'dark' as const },
  ];
  for (const { name, ...options } of shots) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(`${server.url}articles/${slug}/`);
    await page.screenshot({ path: `${out}/${name}.png` });
    await context.close();
    console.log(`docs/screenshots/${name}.png`);
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}cities/`);
  await page.screenshot({ path: `${out}/cities-desktop.png` });
  console.log('docs/screenshots/cities-desktop.png');
} finally {
  await browser.close();
  await server.close();
}
