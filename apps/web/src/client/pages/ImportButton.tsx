/** Supervision files as YAML or JSON; with `notices`, also notices as offices hold them. */
const MODELS = '.yaml,.yml,.json,application/json,application/yaml';
const NOTICES = '.docx,.doc,.txt,.md';

/**
 * A button that picks one supervision file and hands it over; the picker is cleared so the
 * same file can be chosen again after it was fixed.
 */
export function ImportButton({
  label,
  testId,
  onFile,
  notices = false,
}: {
  label: string;
  testId: string;
  onFile: (file: File) => void;
  notices?: boolean;
}) {
  return (
    <label className="button secondary file">
      {label}
      <input
        type="file"
        accept={notices ? `${MODELS},${NOTICES}` : MODELS}
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
