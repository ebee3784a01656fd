/**
 * Reading time of a Chinese article. Chinese is read by characters, not words:
 * an adult reads about 400 characters of non-fiction a minute; Latin words and
 * numbers inside the text count one each.
 */

export const CHARACTERS_PER_MINUTE = 400;

/**
 * The reading units of a text: each Han character, and each run of Latin
 * letters or digits (PM2.5, 2024, VOCs) as one.
 * @example readingUnits('2024年PM2.5浓度') // 5 (2024, 年, PM2.5, 浓, 度)
 */
export function readingUnits(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[\p{Script=Latin}\d]+(?:[.,][\p{Script=Latin}\d]+)*/gu)?.length ?? 0;
  return han + words;
}

/**
 * Whole minutes to read a text, at least 1.
 * @example readingMinutes('字'.repeat(1000)) // 3
 */
export function readingMinutes(text: string, perMinute = CHARACTERS_PER_MINUTE): number {
  return Math.max(1, Math.round(readingUnits(text) / perMinute));
}
