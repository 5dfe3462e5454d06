import { describe, expect, it } from 'vitest';
import { FACTION_IDS, FACTIONS } from './factions.ts';
import { contrast, deuteranopia } from './contrast.ts';
import { lightTheme } from '../map/theme.ts';

describe('the faction palette', () => {
  it('has the six ids, each with a label and a distinct colour', () => {
    expect(FACTION_IDS).toEqual(['government', 'rebels', 'turkish_backed', 'sdf', 'islamic_state', 'us_backed']);
    const colours = FACTION_IDS.map((id) => FACTIONS[id].color.toLowerCase());
    expect(new Set(colours).size).toBe(6);
    for (const id of FACTION_IDS) expect(FACTIONS[id].label.length).toBeGreaterThan(3);
  });
  it('stays distinguishable for a deuteranope (every pair apart in simulated colour)', () => {
    for (let i = 0; i < FACTION_IDS.length; i++) {
      for (let j = i + 1; j < FACTION_IDS.length; j++) {
        const a = deuteranopia(FACTIONS[FACTION_IDS[i]!].color);
        const b = deuteranopia(FACTIONS[FACTION_IDS[j]!].color);
        const d = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
        expect(d, `${FACTION_IDS[i]} vs ${FACTION_IDS[j]}`).toBeGreaterThan(0.08);
      }
    }
  });
  it('shows against the land: every fill differs from Syria’s paper by a contrast of at least 1.3', () => {
    for (const id of FACTION_IDS) expect(contrast(FACTIONS[id].color, lightTheme.syria), id).toBeGreaterThan(1.3);
  });
});
