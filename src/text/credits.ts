/**
 * Credits as a newspaper prints them: names, each after the role that
 * covers it (本报记者 高建伟 通讯员 李浩), in a byline line, in a dateline's
 * parenthesis or in parentheses after a body.
 */

/** The roles a credit prints before names, longest first so 本报记者 is not read as 记者. */
export const CREDIT_ROLES = ['科学导报记者', '本报特约记者', '本报通讯员', '本报记者', '特约记者', '见习记者', '实习记者', '实习生', '通讯员', '记者'] as const;

import { isColumnLabel } from './columns.ts';

export interface Credit {
  name: string;
  /** The role printed before the name, if any. */
  role?: string;
}

/**
 * Common Chinese surnames, to tell a name printed alone on a line (张晓东)
 * from a short line of text. Compound surnames (欧阳) are listed apart.
 */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由',
);
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '长孙', '宇文', '司徒', '端木'];
/**
 * Whether a text reads as a person's name: a known surname and one or two
 * characters of given name.
 * @example isPersonalName('张晓东') // true
 * @example isPersonalName('强化监管') // false
 */
export function isPersonalName(text: string): boolean {
  const compound = COMPOUND_SURNAMES.some((surname) => text.startsWith(surname));
  const given = [...text].length - (compound ? 2 : 1);
  return (compound || SURNAMES.has(text[0]!)) && given >= 1 && given <= 2;
}

/** The roles as one alternation, longest first. */
export const ROLE_PATTERN = CREDIT_ROLES.join('|');
const NAME = String.raw`(?:${COMPOUND_SURNAMES.join('|')})?\p{Script=Han}{1,3}`;
/** A run of credits: roles and names separated by spaces (or none between a role and its first name). */
export const CREDITS_PATTERN = String.raw`(?:(?:${ROLE_PATTERN})[ \t\u3000]*)?${NAME}(?:[ \t\u3000、，,]+(?:(?:${ROLE_PATTERN})[ \t\u3000]*)?${NAME})*`;
const WHOLE = new RegExp(String.raw`^${CREDITS_PATTERN}$`, 'u');
const TOKEN = new RegExp(String.raw`(${ROLE_PATTERN})|(\p{Script=Han}+)`, 'gu');

/**
 * The names and roles of a credit text, or undefined when it is not one
 * (a word other than a role or a name of two to four characters).
 * @example parseCredits('本报记者 高建伟 通讯员 李浩') // [{ name: '高建伟', role: '本报记者' }, { name: '李浩', role: '通讯员' }]
 * @example parseCredits('王钢 温荣鑫') // [{ name: '王钢' }, { name: '温荣鑫' }]
 * @example parseCredits('记者从市生态环境局获悉') // undefined
 * @example parseCredits('简讯') // undefined
 */
export function parseCredits(text: string): Credit[] | undefined {
  const trimmed = text.trim();
  if (!WHOLE.test(trimmed)) return undefined;
  const credits: Credit[] = [];
  let role: string | undefined;
  for (const [, printedRole, word] of trimmed.matchAll(TOKEN)) {
    if (printedRole) {
      role = printedRole;
      continue;
    }
    const length = [...word!].length;
    // A name printed without a role must read as one: 简讯 is a column, not 简 Xun.
    if (length < 2 || length > 4 || isColumnLabel(word!) || (!role && !isPersonalName(word!))) return undefined;
    credits.push({ name: word!, ...(role ? { role } : {}) });
  }
  return credits.length > 0 ? credits : undefined;
}
