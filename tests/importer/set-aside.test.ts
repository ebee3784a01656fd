import { describe, expect, it } from 'vitest';
import { importPage } from '../../src/importer/import.ts';
import { ImportError } from '../../src/importer/errors.ts';

const GOOD = [
  '科学导报讯 6 月 3 日，太原市生态环境局召开汾河流域水环境治理推进会，部署入河排污口整治工作。',
  '会议要求，各县区压实属地责任，确保汾河水质稳定达标。',
];
// OCR debris the importer cannot repair: the pinyin of a column label inside a body.
const DEBRIS = ['科学导报讯 6 月 4 日，大同市生态环境局开展桑干河沿岸巡查，yixian chuanzhen 检查排污口 12 个。', '巡查发现的问题已全部交办整改，限期完成。'];
const page = (...articles: string[][]) => articles.flatMap((lines) => [...lines, '']).join('\n');
const run = (text: string) => importPage(text, { file: 'p.txt', bytes: new TextEncoder().encode(text), date: '2025-06-05' });

describe('an article whose entry would fail the content check', () => {
  it('is set aside for an editor and the rest of the page imported, every character still accounted for', () => {
    const result = run(page(GOOD, DEBRIS));
    expect(result.entries.map((entry) => entry.data.city)).toEqual(['taiyuan']);
    expect(result.setAside).toHaveLength(1);
    expect(result.setAside[0]!.problem).toMatch(/^article 2 \(datong-2025-06-04-\S+\.md\) is left for an editor: \S+\.md:\d+ body: a stray column label/);
    const left = result.accounting.unassigned
      .filter((piece) => piece.reason === 'needs-editor')
      .map((piece) => piece.text)
      .join('');
    expect(left).toContain('yixian chuanzhen');
    expect(left).toContain('巡查发现的问题已全部交办整改');
  });

  it('refuses the page only when no article of it can be written, naming the problem', () => {
    expect(() => run(page(DEBRIS))).toThrow(ImportError);
    expect(() => run(page(DEBRIS))).toThrow(/is left for an editor: .*a stray column label/);
  });
});
