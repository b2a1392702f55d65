import { skeleton } from '../names/normalize.js';
import type { Supervision } from '../supervision/schema.js';
import { bodyOfSymbol, fixedLevel, type IssuerKey, readIssuer } from './issuers.js';
import type { TextReadings } from './readings.js';
import type { Citation } from './schema.js';

export type { IssuerKey } from './issuers.js';

/**
 * Whose register a citation's number belongs to: the body its symbol names (a KH-UBND is the
 * People's Committee's, whoever the text says issued it), at the level and place the text names,
 * or else the supervised commune's.
 *
 * @example
 * issuerKey({ type: 'KH', number: '285', symbol: 'UBND', issuer: 'UBND huyện Định Hoá' }, model)
 * // { body: 'UBND', level: 'huyen', place: 'dinh hoa' }
 */
export function issuerKey(
  c: Citation,
  supervision: Supervision,
  readings?: TextReadings,
): IssuerKey | undefined {
  const stated =
    c.issuer === undefined ? undefined : readings ? readings.issuer(c.issuer) : readIssuer(c.issuer);
  const symbolBody =
    c.symbol === undefined
      ? undefined
      : readings
        ? readings.keep('symbol-body', c.symbol, bodyOfSymbol)
        : bodyOfSymbol(c.symbol);
  const body = symbolBody ?? stated?.body ?? c.symbol?.toUpperCase();
  if (body === undefined) return undefined;
  const bare = (text: string) => (readings ? readings.keep('skeleton', text, skeleton) : skeleton(text));
  if (c.issuer !== undefined && !stated) return { body, level: 'as-written', place: bare(c.issuer) };
  const level = fixedLevel(body) ?? stated?.level ?? 'xa';
  const { locality } = supervision;
  const place =
    level === 'tw'
      ? ''
      : (stated?.place ??
        (level === 'xa' ? locality.name : level === 'huyen' ? locality.district : locality.province));
  return { body, level, place: bare(place ?? '') };
}
