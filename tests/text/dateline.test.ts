import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/text/dateline.ts';
import { parseCredits } from '../../src/text/credits.ts';
import { closeOcrGaps, hasOcrGap } from '../../src/text/ocr-gaps.ts';

describe('datelines', () => {
  it('reads the paper’s own, with reporters and date', () => {
    expect(readDateline('科学导报讯（通讯员 贾晓华 畅文斌）6 月 7 日，阳泉市')).toEqual({
      text: '科学导报讯（通讯员 贾晓华 畅文斌）6 月 7 日',
      month: 6,
      day: 7,
      credits: [
        { name: '贾晓华', role: '通讯员' },
        { name: '畅文斌', role: '通讯员' },
      ],
    });
    expect(readDateline('本报讯（记者 程芳）近日，')).toMatchObject({ text: '本报讯（记者 程芳）', credits: [{ name: '程芳', role: '记者' }] });
    expect(readDateline('科学导报讯 为科学高效开展')?.month).toBeUndefined();
  });

  it('reads a wire service’s 电头: agency, place, date and reporter', () => {
    expect(readDateline('新华社太原6月8日电（记者 王学涛）记者8日从')).toMatchObject({
      agency: '新华社',
      place: '太原',
      month: 6,
      day: 8,
      credits: [{ name: '王学涛', role: '记者' }],
    });
    expect(readDateline('中新网太原6月5日电 (记者 李庭耀)当天')).toMatchObject({ agency: '中新网', credits: [{ name: '李庭耀' }] });
    expect(readDateline('新华社北京5月25日电 近日')).toMatchObject({ text: '新华社北京5月25日电', credits: [] });
  });

  it('is no dateline where a report is only cited', () => {
    expect(readDateline('据山西日报报道，')).toBeUndefined();
    expect(readDateline('新华社记者日前走访')).toBeUndefined();
  });
});

describe('credits', () => {
  it('gives each name the role printed before it', () => {
    expect(parseCredits('记者 程芳 通讯员 冀彦')).toEqual([
      { name: '程芳', role: '记者' },
      { name: '冀彦', role: '通讯员' },
    ]);
  });

  it('takes names without a role only when they read as names', () => {
    expect(parseCredits('王钢 温荣鑫')).toEqual([{ name: '王钢' }, { name: '温荣鑫' }]);
    expect(parseCredits('简讯')).toBeUndefined();
    expect(parseCredits('记者从市生态环境局获悉')).toBeUndefined();
  });
});

describe('OCR gaps', () => {
  it('closes gaps between Chinese characters, never inside the dateline or next to digits', () => {
    expect(closeOcrGaps('危险废物 规范化管理')).toBe('危险废物规范化管理');
    expect(closeOcrGaps('科学导报讯（通讯员 贾晓华 畅文斌）6 月 7 日，阳泉 市')).toBe('科学导报讯（通讯员 贾晓华 畅文斌）6 月 7 日，阳泉市');
    expect(closeOcrGaps('达 100% 以上')).toBe('达 100% 以上');
    expect(hasOcrGap('阳泉 市')).toBe(true);
    expect(hasOcrGap('科学导报讯 4 月 18 日，长治市')).toBe(false);
  });
});
