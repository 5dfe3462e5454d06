import { FIRST_DAY } from '../state/dates.ts';
import type { ControlAreas } from './derive.ts';
import type { FactionId } from './factions.ts';
import { FACTION_IDS } from './factions.ts';
import { periodAt } from './control-at.ts';
import type { Town, Zone } from './schema.ts';

export interface CellState { faction: FactionId | 'none'; status: string }

/**
 * The state of every cell on a date: towns first (cell i is town i), then zones (`none` before a zone's
 * first period). Feature-state is set from this; the geometry never changes.
 */
export function cellStatesAt(towns: readonly Town[], zones: readonly Zone[], date: string): Map<number, CellState> {
  const out = new Map<number, CellState>();
  towns.forEach((t, i) => {
    const p = periodAt(t.periods, date);
    out.set(i, p ? { faction: p.faction, status: p.status } : { faction: 'none', status: 'held' });
  });
  zones.forEach((z, k) => {
    const p = periodAt(z.periods, date);
    out.set(towns.length + k, p ? { faction: p.faction, status: p.status } : { faction: 'none', status: 'held' });
  });
  return out;
}

/** Every day on which control changed somewhere, sorted (the slider's ticks). */
export function changeDates(towns: readonly Town[], zones: readonly Zone[]): string[] {
  const all = new Set<string>();
  for (const x of [...towns, ...zones]) for (const p of x.periods) if (p.from > FIRST_DAY) all.add(p.from);
  return [...all].sort();
}

/** km² held by each faction on a date: the towns' cells, with the active zones laid over them. */
export function areasAt(towns: readonly Town[], zones: readonly Zone[], areas: ControlAreas, date: string): Record<FactionId, number> {
  return areasWithCertaintyAt(towns, zones, areas, date).all;
}

type FactionAreas = Record<FactionId, number>;
const zeroAreas = () => Object.fromEntries(FACTION_IDS.map((f) => [f, 0])) as FactionAreas;
const NONE: CellState = { faction: 'none', status: 'held' };

/** Adds km² (taken away if negative) to a cell's faction, and to its `unsure` too unless held with certainty. */
function addArea(all: FactionAreas, unsure: FactionAreas, s: CellState, km2: number) {
  if (s.faction === 'none') return;
  all[s.faction] += km2;
  if (s.status !== 'held') unsure[s.faction] += km2;
}

/** Lays the zones in force over the towns' cells: each takes its overlaps from whoever held them, and adds its area. */
function overlayZones(zones: readonly Zone[], areas: ControlAreas, zoneState: (k: number) => CellState, cellState: (cell: number) => CellState, all: FactionAreas, unsure: FactionAreas) {
  zones.forEach((z, k) => {
    const s = zoneState(k);
    const za = areas.zones.find((a) => a.id === z.id);
    if (s.faction === 'none' || !za) return;
    for (const [cell, km2] of Object.entries(za.overlapKm2)) addArea(all, unsure, cellState(Number(cell)), -km2);
    addArea(all, unsure, s, za.km2);
  });
}

/**
 * km² held by each faction on a date (`all`), and of that the part held with a status other than `held`
 * (`unsure`: contested, besieged or uncertain), which the map hatches and the area chart hatches too.
 */
export function areasWithCertaintyAt(towns: readonly Town[], zones: readonly Zone[], areas: ControlAreas, date: string): { all: FactionAreas; unsure: FactionAreas } {
  const all = zeroAreas();
  const unsure = zeroAreas();
  const states = cellStatesAt(towns, zones, date);
  towns.forEach((_, i) => addArea(all, unsure, states.get(i)!, areas.cellKm2[i] ?? 0));
  overlayZones(zones, areas, (k) => states.get(towns.length + k)!, (cell) => states.get(cell)!, all, unsure);
  return { all, unsure };
}

/**
 * `areasWithCertaintyAt` on each of `dates` (ascending), in one sweep: each town's contribution changes only on
 * the dates its own periods start, so the towns' sums are kept and moved as the sweep passes those dates; the
 * zones (a handful), laid over the towns' cells, are added afresh on each date. The area chart's steps, which
 * took every town's periods once per change date (30 ms on the tenfold data in Node, cold), take one pass (8).
 */
export function areaSteps(towns: readonly Town[], zones: readonly Zone[], areas: ControlAreas, dates: readonly string[]): Array<{ all: FactionAreas; unsure: FactionAreas }> {
  const all = zeroAreas();
  const unsure = zeroAreas();
  const state: CellState[] = towns.map(() => NONE);
  // The index of each town's next period to come into force.
  const next = towns.map(() => 0);
  let last = '';
  return dates.map((date) => {
    if (date < last) throw new Error(`areaSteps: ${date} comes after ${last}`);
    last = date;
    towns.forEach((t, i) => {
      let k = next[i]!;
      if (k >= t.periods.length || t.periods[k]!.from > date) return;
      while (k < t.periods.length && t.periods[k]!.from <= date) k++;
      next[i] = k;
      const p = t.periods[k - 1]!;
      const km2 = areas.cellKm2[i] ?? 0;
      addArea(all, unsure, state[i]!, -km2);
      state[i] = { faction: p.faction, status: p.status };
      addArea(all, unsure, state[i]!, km2);
    });
    const a = { ...all };
    const u = { ...unsure };
    overlayZones(zones, areas, (k) => periodAt(zones[k]!.periods, date) ?? NONE, (cell) => state[cell] ?? NONE, a, u);
    return { all: a, unsure: u };
  });
}
