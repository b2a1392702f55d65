import { formatDecimal, formatInteger, formatIssue, type Quantity, type Severity } from '@diemmac/core';
import { showPath, showQuantity } from '@diemmac/core/adapters';
import type { ReactElement } from 'react';
import { useI18n } from '../i18n/index.js';
import { useEditor } from './context.js';
import { getIn, pathKey } from './doc.js';

export type FieldType =
  | 'count'
  | 'money'
  | 'rate'
  | 'score'
  | 'date'
  | 'text'
  | 'longtext'
  | 'select'
  | 'bool';

const WORST: Severity[] = ['error', 'warning', 'info'];

interface FieldProps {
  path: (string | number)[];
  label?: string | undefined;
  /** The accessible name when no visible label is shown (a table cell names its column). */
  ariaLabel?: string | undefined;
  type?: FieldType;
  options?: readonly { value: string; label: string }[];
  /** Array items (paragraphs, places) keep an empty string instead of disappearing. */
  keepEmpty?: boolean;
  /** Written as a number in the document (year, max points) when it reads as one. */
  numeric?: boolean;
  compact?: boolean;
  /** What the schema fills in when the field is absent (a recommendation's status: pending). */
  fallback?: string;
}

const INPUT_MODE: Partial<Record<FieldType, 'numeric' | 'decimal'>> = {
  count: 'numeric',
  money: 'numeric',
  rate: 'decimal',
  score: 'decimal',
};

/**
 * One field of the document, bound to its path: shows the written form, the input issue
 * the core reports at that path, and the findings that read it (with a suggestion to apply).
 */
export function Field({
  path,
  label,
  ariaLabel,
  type = 'text',
  options,
  keepEmpty,
  numeric,
  compact,
  fallback,
}: FieldProps) {
  const { lang, t } = useI18n();
  const { doc, change, readOnly, issuesAt, findingsAt } = useEditor();
  const key = pathKey(path);
  const value = getIn(doc, path);
  const issues = issuesAt.get(key) ?? [];
  const findings = findingsAt.get(key) ?? [];
  const severity = WORST.find((s) => findings.some((f) => f.severity === s));
  const suggestion = findings.find((f) => f.suggestion && pathKey(f.suggestion.path) === key)?.suggestion;
  const id = `f-${key}`;
  const set = (text: string) => {
    if (text === '') change(path, keepEmpty ? '' : undefined);
    else if (numeric && /^\d{1,15}$/.test(text) && !/^0\d/.test(text)) change(path, Number(text));
    else change(path, text);
  };
  const shown =
    value === undefined && fallback !== undefined
      ? fallback
      : value === undefined || value === null
        ? ''
        : typeof value === 'object'
          ? JSON.stringify(value)
          : typeof value === 'number' && !numeric && INPUT_MODE[type]
            ? shownNumber(value, type)
            : String(value);
  const classes = [
    'field',
    compact ? 'compact' : '',
    issues.length ? 'has-issue' : '',
    severity ? `has-${severity}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    'data-path': key,
    'data-type': type,
    'aria-invalid': issues.length > 0 || undefined,
    ...(label === undefined && ariaLabel ? { 'aria-label': ariaLabel } : {}),
  };
  let control: ReactElement;
  if (type === 'bool') {
    control = (
      <input
        {...common}
        type="checkbox"
        checked={value !== false}
        disabled={readOnly}
        onChange={(e) => change(path, e.target.checked)}
      />
    );
  } else if (type === 'select') {
    control = (
      <select {...common} value={shown} disabled={readOnly} onChange={(e) => set(e.target.value)}>
        {fallback === undefined && <option value="">—</option>}
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {/* A code the list does not know (a province's own category) stays visible and kept. */}
        {shown !== '' && !options?.some((o) => o.value === shown) && <option value={shown}>{shown}</option>}
      </select>
    );
  } else if (type === 'longtext') {
    control = (
      <textarea
        {...common}
        value={shown}
        readOnly={readOnly}
        rows={3}
        onChange={(e) => set(e.target.value)}
      />
    );
  } else {
    control = (
      <input
        {...common}
        type="text"
        inputMode={INPUT_MODE[type]}
        className={INPUT_MODE[type] ? 'num' : undefined}
        value={shown}
        readOnly={readOnly}
        onChange={(e) => set(e.target.value)}
      />
    );
  }
  return (
    <div className={classes}>
      {label !== undefined && <label htmlFor={id}>{label}</label>}
      {control}
      {issues.map((issue) => (
        <p key={`${issue.code}-${pathKey(issue.path)}`} className="issue" role="alert">
          {issueAtField(formatIssue(issue, lang), issue.path)}
        </p>
      ))}
      {suggestion && !readOnly && (
        <button
          type="button"
          className="suggest"
          onClick={() => change(path, writtenForm(suggestion.value))}
          title={t.suggestion}
        >
          {t.applySuggestion(showQuantity(suggestion.value, lang))}
        </button>
      )}
    </div>
  );
}

/** Beside its labelled field an issue needs no data path: "cần một số…" rather than "sections[1]….total: cần…". */
function issueAtField(text: string, path: readonly (string | number)[]): string {
  const prefix = `${showPath(path)}: `;
  if (!text.startsWith(prefix)) return text;
  const rest = text.slice(prefix.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * A figure stored as a plain number (a YAML file may write 2175) shown the Vietnamese way,
 * as the findings show it: 2.175, 92,87. A string is the written form and is shown as typed.
 */
function shownNumber(value: number, type: FieldType): string {
  if (!Number.isFinite(value)) return String(value);
  if ((type === 'count' || type === 'money') && Number.isSafeInteger(value)) {
    return formatInteger(String(value), { locale: 'vi' });
  }
  return formatDecimal(String(value), { locale: 'vi' });
}

/** How a suggested value is written into the document: "2.169" for counts, "92,88" for rates. */
function writtenForm(q: Quantity): string {
  if (q.unit === 'count' || q.unit === 'dong') return formatInteger(q.value, { locale: 'vi' });
  try {
    return formatDecimal(q.value, { locale: 'vi', ...(q.scale !== undefined ? { scale: q.scale } : {}) });
  } catch {
    return formatDecimal(q.value, { locale: 'vi' });
  }
}
