/**
 * Where AWS Regions and common data-centre cities are, for the latency estimate.
 *
 * Each Region maps to the city or metro area AWS names for it on its Regions page (when AWS names
 * only a country or state, the city standing in for it is said in `note`). City coordinates are
 * those of the city's Wikipedia article, rounded to 0.01° (about 1 km: far below what the estimate
 * can resolve).
 */
export interface City {
  readonly name: string;
  readonly country: string;
  readonly latitude: number;
  readonly longitude: number;
  /** Where the coordinates come from. */
  readonly source: string;
}

export interface RegionLocation {
  readonly regionCode: string;
  readonly city: City;
  /** When AWS names an area rather than this city: why this city stands in for it. */
  readonly note?: string;
  readonly sources: readonly string[];
}

/** AWS's list of Regions with the geography of each. */
export const awsRegionsPage =
  'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html';

const wikipedia = (article: string) => `https://en.wikipedia.org/wiki/${article}`;

const city = (
  name: string,
  country: string,
  latitude: number,
  longitude: number,
  article = name.replaceAll(' ', '_'),
): City => ({ name, country, latitude, longitude, source: wikipedia(article) });

/** Region cities first (in Region order), then other cities where data centres cluster. */
export const cities: readonly City[] = [
  city('Cape Town', 'South Africa', -33.93, 18.42),
  city('Hong Kong', 'China', 22.3, 114.17),
  city('Taipei', 'Taiwan', 25.03, 121.57),
  city('Tokyo', 'Japan', 35.69, 139.69),
  city('Seoul', 'South Korea', 37.57, 126.98),
  city('Osaka', 'Japan', 34.69, 135.5),
  city('Mumbai', 'India', 19.08, 72.88),
  city('Hyderabad', 'India', 17.39, 78.49),
  city('Singapore', 'Singapore', 1.35, 103.82),
  city('Sydney', 'Australia', -33.87, 151.21),
  city('Jakarta', 'Indonesia', -6.18, 106.83),
  city('Melbourne', 'Australia', -37.81, 144.96),
  city('Kuala Lumpur', 'Malaysia', 3.14, 101.69),
  city('Auckland', 'New Zealand', -36.85, 174.76),
  city('Bangkok', 'Thailand', 13.75, 100.49),
  city('Montreal', 'Canada', 45.5, -73.57),
  city('Calgary', 'Canada', 51.05, -114.07),
  city('Frankfurt', 'Germany', 50.11, 8.68),
  city('Zurich', 'Switzerland', 47.37, 8.54),
  city('Stockholm', 'Sweden', 59.33, 18.07),
  city('Milan', 'Italy', 45.46, 9.19),
  city('Zaragoza', 'Spain', 41.65, -0.88),
  city('Dublin', 'Ireland', 53.35, -6.26),
  city('London', 'United Kingdom', 51.51, -0.13),
  city('Paris', 'France', 48.86, 2.35),
  city('Tel Aviv', 'Israel', 32.09, 34.78),
  city('Dubai', 'United Arab Emirates', 25.2, 55.27),
  city('Manama', 'Bahrain', 26.23, 50.59),
  city('Querétaro', 'Mexico', 20.59, -100.39, 'Santiago_de_Querétaro'),
  city('São Paulo', 'Brazil', -23.55, -46.63),
  city('Ashburn', 'United States', 39.04, -77.49, 'Ashburn,_Virginia'),
  city('Columbus', 'United States', 39.96, -83.0, 'Columbus,_Ohio'),
  city('San Jose', 'United States', 37.34, -121.89, 'San_Jose,_California'),
  city('Boardman', 'United States', 45.84, -119.7, 'Boardman,_Oregon'),
  city('Beijing', 'China', 39.9, 116.41),
  city('Zhongwei', 'China', 37.51, 105.19),
  city('Potsdam', 'Germany', 52.4, 13.07),
  city('Amsterdam', 'Netherlands', 52.37, 4.9),
  city('Atlanta', 'United States', 33.75, -84.39),
  city('Berlin', 'Germany', 52.52, 13.4),
  city('Brussels', 'Belgium', 50.85, 4.35),
  city('Chennai', 'India', 13.08, 80.27),
  city('Chicago', 'United States', 41.88, -87.63),
  city('Copenhagen', 'Denmark', 55.68, 12.57),
  city('Dallas', 'United States', 32.78, -96.8),
  city('Delhi', 'India', 28.61, 77.21),
  city('Denver', 'United States', 39.74, -104.99),
  city('Geneva', 'Switzerland', 46.2, 6.14),
  city('Helsinki', 'Finland', 60.17, 24.94),
  city('Istanbul', 'Turkey', 41.01, 28.98),
  city('Johannesburg', 'South Africa', -26.2, 28.05),
  city('Lagos', 'Nigeria', 6.52, 3.38),
  city('Lisbon', 'Portugal', 38.72, -9.14),
  city('Los Angeles', 'United States', 34.05, -118.24),
  city('Luxembourg', 'Luxembourg', 49.61, 6.13, 'Luxembourg_City'),
  city('Madrid', 'Spain', 40.42, -3.7),
  city('Manchester', 'United Kingdom', 53.48, -2.24),
  city('Marseille', 'France', 43.3, 5.37),
  city('Mexico City', 'Mexico', 19.43, -99.13),
  city('Miami', 'United States', 25.76, -80.19),
  city('Munich', 'Germany', 48.14, 11.58),
  city('Nairobi', 'Kenya', -1.29, 36.82),
  city('New York', 'United States', 40.71, -74.01, 'New_York_City'),
  city('Oslo', 'Norway', 59.91, 10.75),
  city('Perth', 'Australia', -31.95, 115.86),
  city('Phoenix', 'United States', 33.45, -112.07, 'Phoenix,_Arizona'),
  city('Prague', 'Czech Republic', 50.08, 14.44),
  city('Riyadh', 'Saudi Arabia', 24.71, 46.68),
  city('Rome', 'Italy', 41.9, 12.5),
  city('Santiago', 'Chile', -33.45, -70.67),
  city('Seattle', 'United States', 47.61, -122.33),
  city('Toronto', 'Canada', 43.65, -79.38),
  city('Vancouver', 'Canada', 49.28, -123.12),
  city('Vienna', 'Austria', 48.21, 16.37),
  city('Warsaw', 'Poland', 52.23, 21.01),
  city('Washington', 'United States', 38.91, -77.04, 'Washington,_D.C.'),
];

const normalise = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();

const citiesByName = new Map(cities.map((entry) => [normalise(entry.name), entry]));

/**
 * The city a free-text place names: the whole text, or its first comma-separated part
 * ("Dublin, Ireland"), compared without case or accents.
 */
export function findCity(place: string): City | undefined {
  return citiesByName.get(normalise(place)) ?? citiesByName.get(normalise(place.split(',')[0]!));
}

/**
 * The listed city a site was placed at: its name is a city of the list and its coordinates, when
 * stated, are that city's. A site named after a city but moved to other coordinates is not it.
 */
export function cityOfSite(site: {
  readonly city?: string | undefined;
  readonly latitude?: number | undefined;
  readonly longitude?: number | undefined;
}): City | undefined {
  const named = site.city === undefined ? undefined : findCity(site.city);
  if (!named) return undefined;
  const moved =
    (site.latitude !== undefined && site.latitude !== named.latitude) ||
    (site.longitude !== undefined && site.longitude !== named.longitude);
  return moved ? undefined : named;
}

function located(regionCode: string, cityName: string, note?: string): RegionLocation {
  const found = citiesByName.get(normalise(cityName));
  if (!found) throw new Error(`region-locations: no city ${cityName} for ${regionCode}`);
  return {
    regionCode,
    city: found,
    ...(note ? { note } : {}),
    sources: [awsRegionsPage, found.source],
  };
}

const regionLocations: readonly RegionLocation[] = [
  located('af-south-1', 'Cape Town'),
  located('ap-east-1', 'Hong Kong'),
  located('ap-east-2', 'Taipei'),
  located('ap-northeast-1', 'Tokyo'),
  located('ap-northeast-2', 'Seoul'),
  located('ap-northeast-3', 'Osaka'),
  located('ap-south-1', 'Mumbai'),
  located('ap-south-2', 'Hyderabad'),
  located('ap-southeast-1', 'Singapore'),
  located('ap-southeast-2', 'Sydney'),
  located('ap-southeast-3', 'Jakarta'),
  located('ap-southeast-4', 'Melbourne'),
  located(
    'ap-southeast-5',
    'Kuala Lumpur',
    'AWS names the country (Malaysia); its capital stands in.',
  ),
  located('ap-southeast-6', 'Auckland', 'AWS names the country (New Zealand); Auckland stands in.'),
  located('ap-southeast-7', 'Bangkok', 'AWS names the country (Thailand); its capital stands in.'),
  located('ca-central-1', 'Montreal'),
  located('ca-west-1', 'Calgary'),
  located('eu-central-1', 'Frankfurt'),
  located('eu-central-2', 'Zurich'),
  located('eu-north-1', 'Stockholm'),
  located('eu-south-1', 'Milan'),
  located(
    'eu-south-2',
    'Zaragoza',
    'AWS names the country (Spain); the Region is in Aragón, whose capital stands in.',
  ),
  located('eu-west-1', 'Dublin', 'AWS names the country (Ireland); Dublin stands in.'),
  located('eu-west-2', 'London'),
  located('eu-west-3', 'Paris'),
  located('il-central-1', 'Tel Aviv'),
  located('me-central-1', 'Dubai', 'AWS names the country (UAE); Dubai stands in.'),
  located('me-south-1', 'Manama', 'AWS names the country (Bahrain); its capital stands in.'),
  located(
    'mx-central-1',
    'Querétaro',
    'AWS names the country (Mexico); the Region is in the state of Querétaro, whose capital stands in.',
  ),
  located('sa-east-1', 'São Paulo'),
  located(
    'us-east-1',
    'Ashburn',
    'AWS names Northern Virginia; Ashburn, at the centre of its data-centre cluster, stands in.',
  ),
  located('us-east-2', 'Columbus', 'AWS names the state (Ohio); Columbus stands in.'),
  located(
    'us-west-1',
    'San Jose',
    'AWS names Northern California; San Jose, in the San Francisco Bay Area, stands in.',
  ),
  located(
    'us-west-2',
    'Boardman',
    'AWS names the state (Oregon); Boardman, in eastern Oregon where the Region’s data centres are reported, stands in.',
  ),
  located('cn-north-1', 'Beijing'),
  located(
    'cn-northwest-1',
    'Zhongwei',
    'AWS names the region (Ningxia); Zhongwei, where its data centres are reported, stands in.',
  ),
  located(
    'eusc-de-east-1',
    'Potsdam',
    'AWS names the state (Brandenburg, Germany); its capital stands in.',
  ),
];

/** Regions without a location, and why: the estimate then says it cannot place the Region. */
export const regionsWithoutLocation: Readonly<Record<string, string>> = {
  'us-gov-east-1': 'AWS does not publish where the AWS GovCloud (US) Regions are, beyond "US".',
  'us-gov-west-1': 'AWS does not publish where the AWS GovCloud (US) Regions are, beyond "US".',
};

const locationsByRegion = new Map(regionLocations.map((entry) => [entry.regionCode, entry]));

export function findRegionLocation(regionCode: string): RegionLocation | undefined {
  return locationsByRegion.get(regionCode);
}
