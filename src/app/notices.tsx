import { t } from '../i18n/strings.ts';

interface Props {
  messages: string[];
  onDismiss(index: number): void;
}

/** Visible, dismissible notices: ignored URL values, a failed online basemap, dropped records. */
export function Notices({ messages, onDismiss }: Props) {
  if (messages.length === 0) return null;
  return (
    <ul className="notices" aria-label={t('notices')} role="status">
      {messages.map((m, i) => (
        <li key={`${i}-${m}`}>
          <span>{m}</span>
          <button type="button" onClick={() => onDismiss(i)} aria-label={`${t('dismiss')}: ${m}`}>×</button>
        </li>
      ))}
    </ul>
  );
}
