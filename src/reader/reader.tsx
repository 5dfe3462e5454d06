import { Fragment, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Block } from '../data/corpus.ts';
import type { Geodata } from '../data/load.ts';
import { t } from '../i18n/strings.ts';
import { formatSourceLine } from '../places/format.ts';
import { layOut, shownFrom, shownText } from './layout.ts';
import { locatePassage } from './locate.ts';
import { createMatcher, groupMarked, segmentBlock, type Segment } from './segments.ts';
import { loadSourceBlocks } from './source-text.ts';
import { useFocusReturn } from '../app/use-focus-return.ts';
import './reader.css';

interface Props {
  data: Geodata;
  source: string;
  /** A passage to show and mark in its context. */
  passage: string | null;
  /** The place hovered on the map: its mentions are highlighted. */
  hoveredPlace: string | null;
  selectedPlace: string | null;
  onSource(id: string): void;
  onPlace(id: string): void;
  onClose(): void;
}

type Load = { status: 'loading' } | { status: 'ready'; blocks: Block[] } | { status: 'error'; message: string };

/**
 * The texts in full, every mention of a place a button that selects it on the map; the passage a popup
 * linked to is marked and scrolled into view; the place hovered on the map lights up in the text.
 */
export default function Reader({ data, source, passage, hoveredPlace, selectedPlace, onSource, onPlace, onClose }: Props) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [loaded, setLoaded] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusReturn(); // before any effect that moves the focus, so that it remembers the opener
  const matcher = useMemo(() => createMatcher(data.places.values()), [data]);
  const meta = data.sources.get(source);
  const target = passage ? data.passages.get(passage) : undefined;

  if (loaded !== source) {
    setLoaded(source);
    setLoad({ status: 'loading' });
  }
  useEffect(() => {
    let live = true;
    loadSourceBlocks(source).then(
      (blocks) => { if (live) setLoad({ status: 'ready', blocks }); },
      (e: unknown) => { if (live) setLoad({ status: 'error', message: String(e) }); },
    );
    return () => { live = false; };
  }, [source]);

  const located = useMemo(() => (load.status === 'ready' && target ? locatePassage(load.blocks, target.text) : null), [load, target]);
  const targetAnchor = located?.block.anchor ?? null;

  useEffect(() => {
    if (load.status !== 'ready') return;
    const el = targetAnchor ? document.getElementById(`read-${targetAnchor}`) : null;
    // The passage's paragraph from its first line (centring a long one put its start out of view, above the
    // reader's sticky head); the focus with it, unless it is on the choice of text, which the arrow keys step through.
    el?.scrollIntoView({ block: 'start' });
    // In a long paragraph the passage's own words can still lie below the reader's foot: then they are brought
    // up to its top instead (five of Pierret's and Giustozzi's passages at 1280×800, more on a phone).
    const mark = el?.querySelector('mark.passage-mark');
    if (el && mark) {
      let scroller = el.parentElement;
      while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
      const foot = scroller ? scroller.getBoundingClientRect().bottom : window.innerHeight;
      if (mark.getBoundingClientRect().bottom > foot) mark.scrollIntoView({ block: 'start' });
    }
    if (document.activeElement?.id === 'reader-source') return;
    if (el) el.focus({ preventScroll: true });
    else heading.current?.focus();
  }, [load, targetAnchor]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') { e.stopPropagation(); onClose(); }
  };
  const notes = load.status === 'ready' ? load.blocks.filter((b) => b.kind === 'footnote') : [];
  // A footnote's mark and its note lead to each other inside the reader, without a #fragment in the address
  // (which every later link of the view would carry).
  const jump = (e: MouseEvent, id: string) => {
    e.preventDefault();
    const el = document.getElementById(id);
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  };
  const referenced = new Set<string>();
  const renderSegment = (s: Segment, i: number) => {
    if (s.kind === 'text') return <span key={i}>{s.text}</span>;
    if (s.kind === 'note') {
      const first = !referenced.has(s.note);
      referenced.add(s.note);
      return <sup key={i}><a id={first ? `read-ref-${s.note}` : undefined} href={`#read-note-${s.note}`} aria-label={t('footnote', { n: s.note })} onClick={(e) => jump(e, `read-note-${s.note}`)}>{s.note}</a></sup>;
    }
    const cls = `mention${s.place === hoveredPlace ? ' is-hovered' : ''}${s.place === selectedPlace ? ' is-selected' : ''}`;
    return <button key={i} type="button" className={cls} data-place={s.place} onClick={() => onPlace(s.place)}>{s.text}</button>;
  };
  // The passage's own words are marked within its block, which alone would not say which of its sentences is quoted.
  const content = (b: Block) => {
    const from = shownFrom(b);
    const mark = b === located?.block && located.start !== undefined && located.end !== undefined
      ? { start: located.start - from, end: located.end - from } : undefined;
    let n = 0;
    return groupMarked(segmentBlock(shownText(b), matcher, mark)).map((g, k) => {
      const runs = g.segments.map((s) => renderSegment(s, n++));
      return g.marked ? <mark key={k} className="passage-mark">{runs}</mark> : <Fragment key={k}>{runs}</Fragment>;
    });
  };
  const blockProps = (b: Block) => ({ id: `read-${b.anchor}`, tabIndex: b.anchor === targetAnchor ? -1 : undefined, className: `block block--${b.kind}${b.anchor === targetAnchor ? ' is-target' : ''}` });
  const renderBlock = (b: Block) => {
    const props = blockProps(b);
    switch (b.kind) {
      case 'title': return <h3 key={b.anchor} {...props}>{content(b)}</h3>;
      case 'heading': case 'subheading': return <h4 key={b.anchor} {...props}>{content(b)}</h4>;
      case 'quote': return <blockquote key={b.anchor} {...props}>{content(b)}</blockquote>;
      case 'pullquote': case 'standfirst': case 'readmore':
        return <p key={b.anchor} {...props}><span className="block-label">{t(`block_${b.kind}`)}</span> {content(b)}</p>;
      default: return <p key={b.anchor} {...props}>{content(b)}</p>;
    }
  };

  return (
    <section className="reader" role="dialog" aria-labelledby="reader-title" onKeyDown={onKeyDown}>
      <div className="reader-head">
        <h2 id="reader-title" ref={heading} tabIndex={-1}>{t('readerTitle')}</h2>
        <label className="visually-hidden" htmlFor="reader-source">{t('readerSource')}</label>
        <select id="reader-source" value={source} onChange={(e) => onSource(e.target.value)}>
          {[...data.sources.values()].map((s) => <option key={s.id} value={s.id}>{s.author === 'not stated' ? s.title : `${s.author}: ${s.title}`}</option>)}
        </select>
        <button type="button" className="close" onClick={onClose} aria-label={t('closeReader')}>×</button>
      </div>
      {meta && <p className="reader-meta">{formatSourceLine(meta)}</p>}
      {load.status === 'loading' && <p role="status">{t('loadingText')}</p>}
      {load.status === 'error' && <p role="alert">{t('dataFailed', { reason: load.message })}</p>}
      {load.status === 'ready' && (
        <article className="reader-text" lang="en">
          {layOut(load.blocks).map((laid) => (laid.kind === 'list'
            ? <ul key={laid.items[0]!.anchor} className="reader-list">{laid.items.map((b) => <li key={b.anchor} {...blockProps(b)}>{content(b)}</li>)}</ul>
            : renderBlock(laid.block)))}
          {notes.length > 0 && (
            <ol className="reader-notes" aria-label={t('footnotes')}>
              {notes.map((n) => (
                <li key={n.anchor} id={`read-note-${n.note}`} tabIndex={-1} value={Number(n.note)}>
                  {n.text}{' '}
                  {referenced.has(n.note ?? '') && <a href={`#read-ref-${n.note}`} aria-label={t('backToNoteMark', { n: n.note ?? '' })} onClick={(e) => jump(e, `read-ref-${n.note}`)}>↩</a>}
                </li>
              ))}
            </ol>
          )}
        </article>
      )}
    </section>
  );
}
