/**
 * The schematic map of Shanxi: each city drawn at the real position of its
 * seat (`seat` in the gazetteer), inside the province's real extent, with a
 * one-degree graticule. No boundary is drawn: the archive has no boundary data
 * it may publish, and an invented outline would pass for a real one.
 */

/** Shanxi's extent in degrees (WGS 84), about 110.2–114.6°E and 34.6–40.7°N. */
export const SHANXI_EXTENT = { west: 110.2, east: 114.6, south: 34.6, north: 40.7 } as const;

export interface Extent {
  west: number;
  east: number;
  south: number;
  north: number;
}

export interface Projection {
  width: number;
  height: number;
  /** SVG coordinates of a longitude and latitude. */
  point: (lon: number, lat: number) => { x: number; y: number };
}

/**
 * An equirectangular projection of `extent` onto an SVG `width` wide, with
 * longitudes shortened by the cosine of the middle latitude so distances keep
 * their proportions (at Shanxi's size the error against a conformal projection
 * is under 1%).
 * @example project(SHANXI_EXTENT, 300).point(110.2, 40.7) // { x: 0, y: 0 }
 */
export function project(extent: Extent, width: number): Projection {
  const middle = ((extent.north + extent.south) / 2) * (Math.PI / 180);
  const scale = width / ((extent.east - extent.west) * Math.cos(middle));
  const height = (extent.north - extent.south) * scale;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width,
    height: round(height),
    point: (lon, lat) => ({ x: round((lon - extent.west) * Math.cos(middle) * scale), y: round((extent.north - lat) * scale) }),
  };
}

/**
 * A marker's radius: its area grows with the article count, so a city with
 * four times as many articles has a marker twice as wide; a city without
 * articles keeps a small hollow marker.
 * @example markerRadius(0, 10) // 4
 * @example markerRadius(10, 10) // 18
 */
export function markerRadius(count: number, max: number, smallest = 4, largest = 18): number {
  if (count <= 0 || max <= 0) return smallest;
  return Math.round((smallest + 2 + (largest - smallest - 2) * Math.sqrt(count / max)) * 10) / 10;
}
