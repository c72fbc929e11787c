import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '../latency/great-circle';
import {
  cities,
  cityOfSite,
  findCity,
  findRegionLocation,
  regionsWithoutLocation,
} from './region-locations';
import { awsRegions } from './regions';

describe('region locations', () => {
  it('places every Region, or says why it cannot', () => {
    for (const region of awsRegions) {
      const location = findRegionLocation(region.code);
      const reason = regionsWithoutLocation[region.code];
      expect(location === undefined, region.code).toBe(reason !== undefined);
      if (location) expect(location.sources[0]).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    }
    for (const code of Object.keys(regionsWithoutLocation))
      expect(awsRegions.some((region) => region.code === code)).toBe(true);
  });

  it('gives each city one entry, plausible coordinates and a source', () => {
    expect(new Set(cities.map((city) => city.name)).size).toBe(cities.length);
    for (const city of cities) {
      expect(Math.abs(city.latitude), city.name).toBeLessThanOrEqual(90);
      expect(Math.abs(city.longitude), city.name).toBeLessThanOrEqual(180);
      expect(city.source).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\/\S+$/);
    }
  });

  it('places a Region in its named city', () => {
    expect(findRegionLocation('eu-west-1')!.city.name).toBe('Dublin');
    expect(findRegionLocation('sa-east-1')!.city.name).toBe('São Paulo');
    // Known distance check: Dublin to London is about 460 km.
    const dublin = findRegionLocation('eu-west-1')!.city;
    const london = findRegionLocation('eu-west-2')!.city;
    expect(greatCircleKm(dublin, london)).toBeGreaterThan(440);
    expect(greatCircleKm(dublin, london)).toBeLessThan(480);
  });

  it('finds a city in free text, without case or accents', () => {
    expect(findCity('Frankfurt, Germany')?.name).toBe('Frankfurt');
    expect(findCity('sao paulo')?.name).toBe('São Paulo');
    expect(findCity('  ZURICH ')?.name).toBe('Zurich');
    expect(findCity('Atlantis')).toBeUndefined();
  });
  it('knows the listed city a site was placed at, and not one moved elsewhere', () => {
    const frankfurt = findCity('Frankfurt')!;
    const placed = {
      city: 'Frankfurt',
      latitude: frankfurt.latitude,
      longitude: frankfurt.longitude,
    };
    expect(cityOfSite(placed)?.name).toBe('Frankfurt');
    expect(cityOfSite({ city: 'frankfurt' })?.name).toBe('Frankfurt');
    expect(cityOfSite({ ...placed, latitude: frankfurt.latitude + 1 })).toBeUndefined();
    expect(
      cityOfSite({ city: 'Our data centre', latitude: 50.11, longitude: 8.68 }),
    ).toBeUndefined();
    expect(cityOfSite({})).toBeUndefined();
  });

  it('gives no two cities the same coordinates, so each place names one city', () => {
    const places = cities.map((city) => `${city.latitude},${city.longitude}`);
    expect(new Set(places).size).toBe(cities.length);
  });
});
