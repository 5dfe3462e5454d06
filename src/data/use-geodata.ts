import { useEffect, useState } from 'react';
import { loadGeodata, type Geodata } from './load.ts';

export type GeodataState = { status: 'loading' } | { status: 'ready'; data: Geodata } | { status: 'error'; message: string };

/** Loads the geodata once. */
export function useGeodata(): GeodataState {
  const [state, setState] = useState<GeodataState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadGeodata().then(
      (data) => { if (live) setState({ status: 'ready', data }); },
      (err: unknown) => { if (live) setState({ status: 'error', message: err instanceof Error ? err.message : String(err) }); },
    );
    return () => { live = false; };
  }, []);
  return state;
}
