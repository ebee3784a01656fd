import { describe, expect, it } from 'vitest';
import { CITIES } from '../../src/model/gazetteer.ts';
import { SHANXI_EXTENT, markerRadius, project } from '../../src/view/map.ts';

describe('schematic map', () => {
  const projection = project(SHANXI_EXTENT, 300);

  it('puts every city seat inside the map, north up and east right', () => {
    for (const city of CITIES) {
      const { x, y } = projection.point(city.seat.lon, city.seat.lat);
      expect(x, city.id).toBeGreaterThan(0);
      expect(x, city.id).toBeLessThan(projection.width);
      expect(y, city.id).toBeGreaterThan(0);
      expect(y, city.id).toBeLessThan(projection.height);
    }
    const at = (id: string) => {
      const city = CITIES.find((c) => c.id === id)!;
      return projection.point(city.seat.lon, city.seat.lat);
    };
    expect(at('datong').y).toBeLessThan(at('taiyuan').y);
    expect(at('yuncheng').y).toBeGreaterThan(at('linfen').y);
    expect(at('yangquan').x).toBeGreaterThan(at('lvliang').x);
  });

  it('keeps the province taller than wide, as it is (about 1.9 : 1 in distance)', () => {
    expect(projection.height / projection.width).toBeGreaterThan(1.6);
    expect(projection.height / projection.width).toBeLessThan(2.1);
  });

  it('grows a marker by area with its count', () => {
    expect(markerRadius(0, 8)).toBe(4);
    expect(markerRadius(8, 8)).toBe(18);
    expect(markerRadius(2, 8)).toBeLessThan(markerRadius(8, 8));
    expect(markerRadius(2, 8)).toBeGreaterThan(markerRadius(0, 8));
  });
});
