/**
 * Corrections on the built site: the seed's 侯鸟〔候鸟〕 in a photo caption,
 * and, on a copy of the archive built into its own folder, a correction
 * inside a sentence a figure quotes, which must leave the open data, the
 * figure's quote and its anchor quoting the print. (The citation holds no
 * body or caption text, the only places a correction can be, so no test
 * can show it keeping the print.)
 */
import { describe, expect } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bodyText } from '../../src/text/markdown.ts';
import { addCorrection } from '../../src/review/corrections.ts';
import type { Fixture } from '../../tools/build.ts';
import { openSearch } from '../../tools/search-page.ts';
import { loadArticles } from '../helpers/content.ts';
import { test } from '../helpers/site-test.ts';

const SLUG = 'jincheng-2025-04-22-houzhishengtai';
const ARTICLE = loadArticles().articles.find((a) => a.slug === SLUG)!;

/** The articles the search page of the site at `origin` finds for a query. */
const searchSlugs = async (page: Page, origin: string, query: string) => (await openSearch(page, origin, `q=${encodeURIComponent(query)}`)).slugs;

/** The text of an element as printed: without the readings the archive shows beside the print. */
const printedText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll('ins.correction').forEach((ins) => ins.remove());
    return copy.textContent;
  });

describe('the seed’s correction of its photo caption', () => {
  test.beforeEach(async ({ site, page }) => {
    await page.goto(`${site}articles/${SLUG}/`);
  });

  test('shows the print followed by the reading in 〔〕, labelled as the archive’s correction', async ({ page }) => {
    const caption = page.locator('.photo-note .caption');
    expect(await caption.innerText()).toBe('入春后，丹河人工湿地迎来首批侯鸟〔候鸟〕。');
    expect(await printedText(page, '.photo-note .caption')).toBe(ARTICLE.data.photos[0]!.caption);
    const reading = caption.getByRole('link', { name: '校订〔候鸟〕' });
    expect(await reading.evaluate((a) => a.closest('ins')?.className)).toBe('correction');
    const note = page.locator(`#${await reading.getAttribute('aria-describedby')}`);
    expect(await note.innerText()).toBe('原文作“侯鸟”，校订为“候鸟”。形近致误。迁徙的鸟称候鸟，本文正文亦作“候鸟”。');
    expect(await page.getByRole('region', { name: '校订' }).locator('li').count()).toBe(1);
  });

  test('shows the note on keyboard focus, not only on hover, and links to it', async ({ page }) => {
    const reading = page.locator('.photo-note a.correction-reading');
    const tip = () => reading.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(await tip()).toBe('none');
    // Tab from the link before it, as a keyboard user reaches it.
    await page.evaluate(() => {
      const links = [...document.querySelectorAll('a')];
      links[links.indexOf(document.querySelector('.photo-note a.correction-reading')!) - 1]!.focus();
    });
    await page.keyboard.press('Tab');
    expect(await reading.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await tip()).toBe(`"${await page.locator('#correction-1-note').innerText()}"`);
    await reading.click();
    await page.waitForURL(/#correction-1$/);
    expect(await page.locator('#correction-1').evaluate((li) => li.matches(':target'))).toBe(true);
  });

  test('prints the note with the article', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('section.corrections').isVisible()).toBe(true);
    expect(await page.locator('#correction-1-note').isVisible()).toBe(true);
    expect(await page.locator('.photo-note .caption').innerText()).toContain('侯鸟〔候鸟〕');
  });

  test('is found by search under the print and under the reading', async ({ site, page }) => {
    expect(await searchSlugs(page, site, '侯鸟')).toEqual([SLUG]);
    expect(await searchSlugs(page, site, '候鸟')).toContain(SLUG);
    // The caption as it reads, which the print never has in one piece.
    expect(await searchSlugs(page, site, '首批候鸟')).toEqual([SLUG]);
  });
});

describe('a correction inside a sentence a figure quotes', () => {
  const QUOTED = '这片冰封了近 4个月的水面，在春风的吹拂下重新焕发了生机与活力，成群的候鸟在冰水交融的水面上翩翩起舞。';
  let fixture: Fixture;
  let origin: string;

  test.beforeAll(async ({ newArchive, serve }) => {
    expect(ARTICLE.data.metrics.some((metric) => metric.quote === QUOTED)).toBe(true);
    fixture = newArchive();
    const file = join(fixture.articles, `${SLUG}.md`);
    writeFileSync(file, addCorrection(file, readFileSync(file, 'utf8'), { printed: '冰水交融', reading: '冰水相融', note: '校订示例。' }));
    origin = (await serve(fixture)).url;
  });

  test('shows the reading in the body, whose print is unchanged', async ({ page }) => {
    await page.goto(`${origin}articles/${SLUG}/`);
    expect(await page.locator('.article-body').innerText()).toContain('冰水交融〔冰水相融〕');
    const blocks = await page.locator('.article-body > *').evaluateAll((elements) =>
      elements.map((element) => {
        const copy = element.cloneNode(true) as Element;
        copy.querySelectorAll('ins.correction').forEach((ins) => ins.remove());
        return copy.textContent;
      }),
    );
    expect(blocks.join('\n')).toBe(bodyText(ARTICLE.body));
  });

  test('leaves the figure’s quote, its anchor and the open data quoting the print', async ({ page }) => {
    // The open data quotes the body: a correction in a quoted sentence changes none of it.
    for (const name of ['metrics.json', 'metrics.csv', 'articles.json']) {
      expect(readFileSync(join(fixture.out, 'data', name), 'utf8'), name).toBe(readFileSync(join('dist', 'data', name), 'utf8'));
    }
    const fixtureFigures = readFileSync(join(fixture.out, 'data', 'metrics.json'), 'utf8');
    expect(fixtureFigures).toContain(QUOTED);
    const figure = (JSON.parse(fixtureFigures) as { figures: { quote: string; figureUrl: string }[] }).figures.find((f) => f.quote === QUOTED)!;
    const anchor = new URL(figure.figureUrl).hash;
    await page.goto(`${origin}articles/${SLUG}/${anchor}`);
    const target = page.locator(anchor);
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await printedText(page, anchor)).toBe(QUOTED);
    expect(await target.innerText()).toBe(QUOTED.replace('冰水交融', '冰水交融〔冰水相融〕'));
  });

  test('is found by search under the reading in its sentence', async ({ page }) => {
    expect(await searchSlugs(page, origin, '冰水相融')).toEqual([SLUG]);
    expect(await searchSlugs(page, origin, '候鸟在冰水相融')).toEqual([SLUG]);
    expect(await searchSlugs(page, origin, '冰水交融')).toEqual([SLUG]);
  });
});
