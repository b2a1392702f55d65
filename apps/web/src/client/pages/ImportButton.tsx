/** What the import pickers accept: supervision files as YAML or JSON. */
const ACCEPT = '.yaml,.yml,.json,application/json,application/yaml';

/**
 * A button that picks one supervision file and hands it over; the picker is cleared so the
 * same file can be chosen again after it was fixed.
 */
export function ImportButton({
  label,
  testId,
  onFile,
}: {
  label: string;
  testId: string;
  onFile: (file: File) => void;
}) {
  return (
    <label className="button secondary file">
      {label}
      <input
        type="file"
        accept={ACCEPT}
        data-testid={testId}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onFile(f);
          e.target.value = '';
        }}
      />
    </label>
  );
}
