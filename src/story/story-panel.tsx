import { useEffect, useRef } from 'react';
import type { Passage, PlaceInfo, SourceMeta } from '../data/types.ts';
import { t } from '../i18n/strings.ts';
import { formatLongDate } from '../state/dates.ts';
import { PassageQuote } from '../places/passage-quote.tsx';
import { chapterDistances } from './distances.ts';
import type { Story } from './schema.ts';
import { mayMoveFocus, useFocusReturn } from '../app/use-focus-return.ts';
import './story.css';

interface Props {
  story: Story;
  chapterId: string;
  passages: ReadonlyMap<string, Passage>;
  places: ReadonlyMap<string, PlaceInfo>;
  sources: ReadonlyMap<string, SourceMeta>;
  onChapter(id: string): void;
  onExit(): void;
  onPlace(id: string): void;
  /** Opens the reader at a passage ("Read in context"), keeping the story. */
  onRead?(passage: Passage): void;
}

/** A story, chapter by chapter: the list, the progress, the narrative, the distances and the quotes. */
export function StoryPanel({ story, chapterId, passages, places, sources, onChapter, onExit, onPlace, onRead }: Props) {
  const index = Math.max(0, story.chapters.findIndex((c) => c.id === chapterId));
  const chapter = story.chapters[index]!;
  const prev = story.chapters[index - 1];
  const next = story.chapters[index + 1];
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => { body.current?.scrollTo({ top: 0 }); }, [chapter.id]);
  useFocusReturn();
  // The focus goes to the chapter's title when the story opens (its button has gone, and a panel that closed with
  // it may have handed the focus back to something under the slider), and whenever a new chapter would leave it
  // nowhere: lost to the page, or on Next or Previous just disabled at either end. Never from a host's page.
  const opening = useRef(true);
  useEffect(() => {
    const active = document.activeElement;
    const lost = !active || active === document.body || (active as HTMLButtonElement).disabled;
    if ((opening.current || lost) && mayMoveFocus()) heading.current?.focus({ preventScroll: true });
    opening.current = false;
  }, [chapter.id]);
  const distances = chapterDistances(chapter, (id) => places.get(id)?.center);

  return (
    <aside className="story-panel" aria-labelledby="story-chapter-title">
      <div className="story-head">
        <p className="story-title">{story.title}</p>
        <button type="button" className="btn" onClick={onExit}>{t('exitStory')}</button>
      </div>
      <div className="story-progress" aria-hidden="true"><span style={{ width: `${((index + 1) / story.chapters.length) * 100}%` }} /></div>
      <p className="story-count">{t('chapterOf', { n: index + 1, total: story.chapters.length })}</p>
      {/* A menu of chapters: Escape closes it, the focus back on its summary, and leaves the story open. */}
      <details className="story-chapters" onKeyDown={(e) => {
        const menu = e.currentTarget;
        if (e.key !== 'Escape' || !menu.open) return;
        e.stopPropagation();
        menu.open = false;
        menu.querySelector('summary')?.focus();
      }}>
        <summary>{t('chapters')}</summary>
        <ol>
          {story.chapters.map((c, i) => (
            <li key={c.id}>
              <button
                type="button" aria-current={i === index ? 'step' : undefined}
                onClick={(e) => { e.currentTarget.closest('details')?.removeAttribute('open'); heading.current?.focus({ preventScroll: true }); onChapter(c.id); }}
              >{c.title}</button>
            </li>
          ))}
        </ol>
      </details>
      <div className="story-body" ref={body}>
        <h2 id="story-chapter-title" ref={heading} tabIndex={-1}>{chapter.title}</h2>
        <p className="story-date">{formatLongDate(chapter.date)}</p>
        <p className="story-narrative">{chapter.narrative}</p>
        {distances.length > 0 && (
          <ul className="story-distances">
            {distances.map((d) => <li key={d.label}>{t('distance', { label: d.label, km: d.km })}</li>)}
          </ul>
        )}
        <h3>{t('whatTheTextsSay')}</h3>
        {chapter.passages.map((id) => {
          const p = passages.get(id);
          if (!p) return null;
          const names = p.places.flatMap((pl) => { const x = places.get(pl); return x ? [x.name, ...x.aliases] : []; });
          return (
            <div key={id} className="story-quote">
              <PassageQuote passage={p} source={sources.get(p.source)} names={names} onRead={onRead} />
              {p.places.length > 0 && (
                <p className="story-quote-places">
                  {p.places.map((pl) => places.get(pl)).filter((x): x is PlaceInfo => !!x).map((x) => (
                    <button key={x.id} type="button" className="chip" onClick={() => onPlace(x.id)}>{x.name}</button>
                  ))}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <div className="story-nav">
        <button type="button" className="btn" disabled={!prev} onClick={() => prev && onChapter(prev.id)}>‹ {t('previousChapter')}</button>
        <button type="button" className="btn" disabled={!next} onClick={() => next && onChapter(next.id)}>{t('nextChapter')} ›</button>
      </div>
    </aside>
  );
}
