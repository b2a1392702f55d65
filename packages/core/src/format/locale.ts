/**
 * Languages the formatters write in: `'vi'` follows Vietnamese administrative usage
 * (5.824.272.835 đồng; 92,87%), `'en'` the English one (5,824,272,835 VND; 92.87%).
 *
 * @example
 * const locale: FormatLocale = 'vi';
 */
export type FormatLocale = 'vi' | 'en';

/**
 * The option every formatter accepts; `locale` defaults to `'vi'`.
 *
 * @example
 * const options: LocaleOptions = { locale: 'en' };
 */
export interface LocaleOptions {
  readonly locale?: FormatLocale;
}
