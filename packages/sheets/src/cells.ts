import { Decimal, formatDecimal, formatInteger } from '@diemmac/core';
import { type Cell, type Column, type Day, TableError } from './table.js';

export type Locale = 'vi' | 'en';

const DIGITS = /^-?\d+$/;
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

function where(column: Column, row: number): string {
  return `column "${column.key}", row ${row + 1}`;
}

/** The exact integer in a cell of an `integer` or `money` column. */
export function integerOf(value: Cell, column: Column, row: number): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && DIGITS.test(value)) return BigInt(value);
  throw new TableError(`${where(column, row)}: expected an integer, got ${describe(value)}`);
}

/** The decimal literal of a cell of a `decimal` or `percent` column ("48.70" keeps its zero). */
export function decimalOf(value: Cell, column: Column, row: number): string {
  if (typeof value === 'string' && DECIMAL.test(value)) return value;
  if (Decimal.isDecimal(value) && value.isFinite()) return value.toFixed();
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  throw new TableError(`${where(column, row)}: expected a decimal, got ${describe(value)}`);
}

/** The day of a cell of a `date` column. */
export function dayOf(value: Cell, column: Column, row: number): Day {
  if (typeof value === 'object' && value !== null && !Decimal.isDecimal(value) && 'year' in value) {
    return value;
  }
  throw new TableError(`${where(column, row)}: expected a day, got ${describe(value)}`);
}

export function isEmpty(value: Cell): value is null | undefined {
  return value === null || value === undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell written as text in the reader's language: 5.824.272.835, 92,87, 30/09/2025. */
export function cellText(value: Cell, column: Column, row: number, locale: Locale): string {
  if (isEmpty(value)) return '';
  switch (column.kind) {
    case 'text':
      return String(value);
    case 'integer':
    case 'money':
      return formatInteger(integerOf(value, column, row), { locale });
    case 'decimal':
    case 'percent': {
      const literal = decimalOf(value, column, row);
      return formatDecimal(
        literal,
        column.scale === undefined ? { locale } : { locale, scale: column.scale },
      );
    }
    case 'date': {
      const day = dayOf(value, column, row);
      return `${pad(day.day)}/${pad(day.month)}/${day.year}`;
    }
  }
}

function describe(value: Cell): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
