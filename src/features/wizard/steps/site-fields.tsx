import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import { cities, cityOfSite } from '@/domain/aws/region-locations';
import { compareNames } from '@/domain/text/compare-names';
import { FieldGroup } from '@/components/ui/form/field-group';
import { NumberField, TextField } from '@/components/ui/form/fields';

const citiesByName = [...cities].sort((a, b) => compareNames(a.name, b.name));

/** A coordinate as the form holds it: unstated, a number, or text typed that is none (NaN). */
const coordinate = (value: unknown) =>
  value === undefined || value === null || value === ''
    ? undefined
    : typeof value === 'number'
      ? value
      : NaN;

/**
 * Where the proxy or key manager is, for the latency estimate: pick a known city (which fills in
 * its coordinates) or type a site name and coordinates. The picker shows the city the site holds,
 * found by its name (never by coordinates), until the name or coordinates are changed by hand.
 */
export function SiteFields({
  name,
  legend,
}: {
  readonly name: 'proxy.site' | 'externalKeyManager.site';
  readonly legend: string;
}) {
  const { setValue } = useFormContext<Plan>();
  const site = useWatch<Plan, typeof name>({ name });
  const picked = cityOfSite({
    city: typeof site?.city === 'string' ? site.city : undefined,
    latitude: coordinate(site?.latitude),
    longitude: coordinate(site?.longitude),
  });
  const pickerId = useId();
  const pick = (cityName: string) => {
    const city = cities.find((entry) => entry.name === cityName);
    if (!city) return;
    const options = { shouldDirty: true, shouldTouch: true, shouldValidate: true };
    setValue(`${name}.city`, city.name, options);
    setValue(`${name}.latitude`, city.latitude, options);
    setValue(`${name}.longitude`, city.longitude, options);
  };
  return (
    <FieldGroup
      name={name}
      legend={legend}
      hint="For the latency estimate until you have measured round trips: the planner works out the distance to the AWS Region."
    >
      <div className="field">
        <label className="field-label" htmlFor={pickerId}>
          Pick a known city
        </label>
        <select
          id={pickerId}
          className="input"
          value={picked?.name ?? ''}
          onChange={(event) => pick(event.target.value)}
        >
          <option value="">Choose a city…</option>
          {citiesByName.map((city) => (
            <option key={city.name} value={city.name}>
              {city.name}, {city.country}
            </option>
          ))}
        </select>
      </div>
      <div className="proxy-item-grid">
        <TextField
          name={`${name}.city`}
          label="City or site"
          hint="A city from the list is placed by itself; for another place give its coordinates."
          autoComplete="off"
        />
        <NumberField
          name={`${name}.latitude`}
          label="Latitude"
          hint="Degrees, −90 to 90; south is negative."
          unit="°"
        />
        <NumberField
          name={`${name}.longitude`}
          label="Longitude"
          hint="Degrees, −180 to 180; west is negative."
          unit="°"
        />
      </div>
    </FieldGroup>
  );
}
