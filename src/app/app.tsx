import { useCallback, useState } from 'react';
import { MapView } from '../map/map-view.tsx';
import { emptyOverlay } from '../map/style.ts';
import { lightTheme } from '../map/theme.ts';
import { hasWebGL2 } from '../map/webgl.ts';
import { useUrlState } from '../state/use-url-state.ts';
import { t } from '../i18n/strings.ts';
import { Notices } from './notices.tsx';

const overlay = emptyOverlay();

export function App() {
  const [state, , urlNotices] = useUrlState();
  const [notices, setNotices] = useState<string[]>(urlNotices);
  const addNotice = useCallback((m: string) => setNotices((n) => (n.includes(m) ? n : [...n, m])), []);
  const [webgl] = useState(hasWebGL2);

  return (
    <div className={`app${state.embed ? ' app--embed' : ''}`}>
      <header className="app-header">
        <h1>{t('appTitle')}</h1>
      </header>
      <Notices messages={notices} onDismiss={(i) => setNotices((n) => n.filter((_, j) => j !== i))} />
      <main className="app-main">
        {webgl ? (
          <MapView
            theme={lightTheme} lang={state.lang} onlineStyleUrl={state.basemap} bbox={state.bbox}
            overlay={overlay} cooperative={state.embed} onNotice={addNotice} label={t('mapLabel')}
          />
        ) : (
          <div className="no-webgl" role="alert"><p>{t('noWebGL')}</p></div>
        )}
      </main>
    </div>
  );
}
