import { useI18n } from '../i18n/index.js';

// The server's rule (apps/web/src/server/auth/strength.ts), said before the user submits.
const RULE = {
  vi: 'Ít nhất 10 ký tự và khó đoán: ghép vài từ ít gặp (ví dụ "mây-trắng-bay-qua-đồi"); tránh từ thông dụng, ký tự lặp lại, dãy như "123", ngày tháng, email hay tên của mình.',
  en: 'At least 10 characters and hard to guess: join a few uncommon words; avoid common words, repeated characters, sequences like "123", dates, your own email or name.',
} as const;

export const PASSWORD_RULE_ID = 'password-rule';

/** The password rule under a password field; the field points to it with aria-describedby. */
export function PasswordRule({ id = PASSWORD_RULE_ID }: { id?: string }) {
  const { lang } = useI18n();
  return (
    <small id={id} className="hint">
      {RULE[lang]}
    </small>
  );
}
