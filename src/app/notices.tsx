import { t } from '../i18n/strings.ts';

interface Props {
  messages: string[];
  onDismiss(index: number): void;
}

/**
 * Visible, dismissible notices: ignored URL values, a failed online basemap, dropped records. The live region is
 * always there, so that a screen reader announces what appears in it.
 */
export function Notices({ messages, onDismiss }: Props) {
  return (
    <div className="notices" role="status" aria-label={t('notices')}>
      {messages.length > 0 && (
        <ul>
          {messages.map((m, i) => (
            <li key={`${i}-${m}`}>
              <span>{m}</span>
              <button type="button" onClick={() => onDismiss(i)} aria-label={`${t('dismiss')}: ${m}`}>×</button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
