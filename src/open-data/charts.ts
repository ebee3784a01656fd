/**
 * What the /data/ page charts, and how a bar chart is laid out: pure
 * functions over figure records, so the SVG component only draws.
 */
import type { FigureRecord } from './datasets.ts';
import { formatFigure, signedValue } from '../model/figures.ts';
import { AREAS } from '../model/gazetteer.ts';

export interface Bar {
  /** What the bar is, e.g. `泽州县 · PM2.5 浓度`. */
  label: string;
  /** Signed value in the chart's unit (decreases negative). */
  value: number;
  /** The figure as printed, e.g. `同比下降 6.5%`. */
  display: string;
  /** Link to the sentence the figure comes from. */
  href: string;
}

export interface Chart {
  id: string;
  title: string;
  /** The printed unit the bars share. */
  unit: string;
  bars: Bar[];
}

/** Where a figure is from: its county, else its city. */
const place = (figure: FigureRecord) => figure.county ?? figure.cityName;

const bar = (figure: FigureRecord, label: string): Bar => ({
  label,
  value: signedValue(figure),
  display: formatFigure(figure),
  href: figure.figureUrl,
});

/** Groups by a key, keeping first-seen order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  return [...Map.groupBy(items, key)];
}

/**
 * Year-on-year changes side by side across places, one chart per printed unit.
 * @example yearOnYearCharts(figures)[0]?.title // '同比变化（%）'
 */
export function yearOnYearCharts(figures: readonly FigureRecord[]): Chart[] {
  const changes = figures.filter((f) => f.change?.basis === 'year-on-year');
  return groupBy(changes, (f) => f.unit).map(([unit, group], index) => ({
    id: `yoy-${index + 1}`,
    title: `同比变化（${unit}）`,
    unit,
    bars: group.map((f) => bar(f, `${place(f)} · ${f.label}`)),
  }));
}

/**
 * Figures with the same label and unit reported by more than one place: the
 * comparable ones.
 * @example sharedLabelCharts(figures).map((c) => c.title) // ['查处环境违法案件', …]
 */
export function sharedLabelCharts(figures: readonly FigureRecord[]): Chart[] {
  const levels = figures.filter((f) => !f.change);
  return groupBy(levels, (f) => `${f.label}\u0000${f.canonicalUnit}`)
    .filter(([, group]) => new Set(group.map(place)).size > 1)
    .map(([, group], index) => ({
      id: `shared-${index + 1}`,
      title: group[0]!.label,
      unit: group[0]!.canonicalUnit === 'count' ? '个数' : group[0]!.unit,
      bars: group.map((f) => bar(f, place(f))),
    }));
}

/**
 * Each city's headline figures, in gazetteer order, then those of
 * province-wide articles (全省) and of articles whose city is not known; one
 * chart per city and kind of figure (changes and levels of one printed unit share a scale).
 * @example cityHeadlineCharts(figures)[0]?.title // '阳泉：数值（毫克/立方米）'
 */
export function cityHeadlineCharts(figures: readonly FigureRecord[]): { city: string; cityName: string; charts: Chart[] }[] {
  return AREAS.map((city) => {
    const headline = figures.filter((f) => f.city === city.id && f.headline);
    const charts = groupBy(headline, (f) => `${f.change ? 'change' : 'level'}\u0000${f.canonicalUnit === 'count' ? 'count' : f.unit}`).map(
      ([, group], index) => {
        const first = group[0]!;
        const unit = first.canonicalUnit === 'count' ? '个数' : first.unit;
        return {
          id: `city-${city.id}-${index + 1}`,
          title: `${city.name}：${first.change ? '同比变化' : '数值'}（${unit}）`,
          unit,
          bars: group.map((f) => bar(f, `${first.county === f.county && group.every((g) => g.county === f.county) ? '' : `${place(f)} · `}${f.label}`)),
        };
      },
    );
    return { city: city.id, cityName: city.name, charts };
  }).filter((entry) => entry.charts.length > 0);
}

export interface BarLayout {
  /** x of the zero line. */
  zero: number;
  /** x and width of each bar. */
  bars: { x: number; width: number }[];
}

/**
 * Horizontal bars in a plot `width` wide, on a scale from the smallest to the
 * largest value, zero always included so bar lengths stay truthful.
 * @example barLayout([-6.5, -3.4], 100) // { zero: 100, bars: [{ x: 0, width: 100 }, { x: 47.69…, width: 52.30… }] }
 * @example barLayout([10, 5], 100).bars[1] // { x: 0, width: 50 }
 */
export function barLayout(values: readonly number[], width: number): BarLayout {
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const span = max - min || 1;
  const scale = (value: number) => ((value - min) / span) * width;
  const zero = scale(0);
  return {
    zero,
    bars: values.map((value) => {
      const end = scale(value);
      return { x: Math.min(zero, end), width: Math.abs(end - zero) };
    }),
  };
}
