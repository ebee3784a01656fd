/**
 * Column labels (栏目): the headings this paper prints over a run of
 * articles (简讯, 一线传真 …), sometimes with their pinyin beside them.
 * A label is page furniture: it is an article's `column`, never its
 * author, and never part of a body.
 */

/** The labels this paper is known to print. */
export const COLUMN_LABELS = [
  '简讯',
  '一线传真',
  '图片新闻',
  '环保视点',
  '基层动态',
  '绿色观察',
  '要闻简报',
  '生态快讯',
  '环保简讯',
  '新闻速递',
  '本报特稿',
  '生态文明',
  '绿色生活',
  '他山之石',
  '法规解读',
  '科普园地',
  '一周要闻',
  '热点关注',
  '经验交流',
] as const;

const LABELS: ReadonlySet<string> = new Set(COLUMN_LABELS);

/** Columns of news briefs: the label heads every brief printed under it, not one article. */
const BRIEF_COLUMNS: ReadonlySet<string> = new Set(['简讯', '一线传真', '基层动态', '要闻简报', '生态快讯', '环保简讯', '新闻速递', '一周要闻']);

/**
 * Whether a column label heads a run of briefs rather than one article.
 * @example headsBriefs('简讯') // true
 * @example headsBriefs('环保视点') // false
 */
export function headsBriefs(label: string): boolean {
  return BRIEF_COLUMNS.has(label.trim());
}

/**
 * Whether a text is a column label this paper prints.
 * @example isColumnLabel('简讯') // true
 * @example isColumnLabel('简晓') // false
 */
export function isColumnLabel(text: string): boolean {
  return LABELS.has(text.trim());
}
