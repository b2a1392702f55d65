/**
 * A labelled input whose rule is shown under it before anything is submitted, and whose
 * error (worded by us, not by the browser) replaces nothing: the rule stays, the error joins it.
 */
export function FormRow({
  id,
  label,
  rule,
  error,
  ...input
}: {
  id: string;
  label: string;
  rule?: string | undefined;
  error?: string | undefined;
} & React.InputHTMLAttributes<HTMLInputElement>) {
  const described = [rule ? `${id}-rule` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="form-row">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...input}
      />
      {rule && (
        <p className="hint" id={`${id}-rule`}>
          {rule}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The rules the setup and account forms check before sending (the server checks them again). */
export const MIN_PASSWORD = 10;
export const emailOk = (v: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim());
