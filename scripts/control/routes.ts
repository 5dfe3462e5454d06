/**
 * Lines of advance, hand-built: each vertex a place the advance reached and the day it reached it (from the
 * texts, or a named record). Schematic: straight lines between known points, not the tracks of columns.
 * `end: 'border'` snaps the last vertex onto Syria's border, where the advance met it.
 */
import { P, R, type Source } from './sources.ts';

export interface RouteDef {
  id: string; name: string; faction: 'government' | 'us_backed'; side?: 'iraq'; group?: string;
  vertices: Array<{ at: [number, number]; date: string; via: string }>;
  end?: 'border';
  source: Source;
}

export const ROUTES: RouteDef[] = [
  {
    id: 'us-backed-push', name: 'US-backed rebels push north-east from al-Tanf', faction: 'us_backed', group: 'Maghawir al-Thawra and allied units',
    vertices: [
      { at: [38.61778, 33.50583], date: '2017-03-01', via: 'al-Tanf' },
      { at: [39.1, 33.78], date: '2017-04-15', via: 'the desert north-east of al-Tanf' },
      { at: [39.55, 34.02], date: '2017-05-20', via: 'the limits of Deir ez-Zor province' },
    ],
    source: P('pierret-as-is-weakened-in-the-spring'),
  },
  {
    id: 'loyalists-towards-tanf', name: 'Loyalists advance towards al-Tanf', faction: 'government', group: 'Iran-led Iraqi and Afghan militias with the army',
    vertices: [
      { at: [37.684, 33.78], date: '2017-05-09', via: "al-Sab' Biyar" },
      { at: [38.2, 33.68], date: '2017-05-18', via: 'the Zaza checkpoint area, where the first US strike hit' },
    ],
    source: P('pierret-in-may-june-2017-us-aircraft'),
  },
  {
    id: 'loyalists-around-tanf', name: 'Loyalists go around al-Tanf to the Iraqi border', faction: 'government', group: 'Iran-led militias with the army',
    vertices: [
      { at: [37.684, 33.78], date: '2017-05-25', via: "al-Sab' Biyar" },
      { at: [38.35, 34.05], date: '2017-06-02', via: 'the desert north of the 55 km zone' },
      { at: [39.05, 33.9], date: '2017-06-07', via: 'north-east of the zone' },
      { at: [39.33, 33.63], date: '2017-06-09', via: 'the Iraqi border' },
    ],
    end: 'border',
    source: P('pierret-loyalist-advances-towards-al-tanf-were'),
  },
  {
    id: 'iraqi-militias', name: 'Iraqi militias reach the border from the Iraqi side', faction: 'government', side: 'iraq', group: 'Popular Mobilization Units (Iraq)',
    vertices: [
      { at: [42.2, 36.0], date: '2017-05-23', via: 'Qayrawan, south of Sinjar' },
      { at: [41.3, 35.98], date: '2017-05-29', via: 'the Syrian border' },
    ],
    end: 'border',
    // Qayrawan taken on 23 May (Xinhua: https://www.wefornews.com/iraqi-forces-free-town-from-is-west-of-mosul/); not by
    // al-Ba'aj, which the militias took only on 4 June (RFE/RL).
    source: R('Al-Monitor', '2017-06-04', 'some Popular Mobilization factions reached the Syrian border on 29 May', 'http://www.iraq-businessnews.com/2017/06/04/iran-us-set-for-proxy-clash-on-syrian-iraqi-border/'),
  },
  {
    id: 'loyalists-palmyra-deir-ez-zor', name: 'Loyalists from Palmyra to Deir ez-Zor', faction: 'government',
    vertices: [
      { at: [38.284, 34.562], date: '2017-05-15', via: 'Palmyra' },
      { at: [38.56667, 34.65], date: '2017-06-14', via: 'Arak' },
      { at: [38.871, 34.885], date: '2017-08-05', via: 'al-Sukhnah' },
      { at: [39.68, 35.1], date: '2017-09-04', via: 'Kobajjep' },
      { at: [40.141, 35.336], date: '2017-09-05', via: 'Deir ez-Zor: the siege broken' },
    ],
    source: P('pierret-the-russian-iranian-turkish-agreement-on'),
  },
  {
    id: 'loyalists-euphrates', name: 'Loyalists down the Euphrates to Al-Bukamal', faction: 'government',
    vertices: [
      { at: [40.141, 35.336], date: '2017-09-05', via: 'Deir ez-Zor' },
      { at: [40.452, 35.021], date: '2017-10-14', via: 'al-Mayadin' },
      { at: [40.56, 34.92], date: '2017-11-27', via: "al-'Asharah" },
      { at: [40.919, 34.452], date: '2017-12-06', via: 'Al-Bukamal: the west bank cleared, the two columns meet' },
    ],
    source: P('giustozzi-assad-s-position-was-strengthened-not'),
  },
  {
    id: 'loyalists-border-to-bukamal', name: 'Loyalists up the border to Al-Bukamal', faction: 'government',
    vertices: [
      { at: [39.33, 33.63], date: '2017-06-09', via: 'the Iraqi border' },
      { at: [40.3, 34.33], date: '2017-10-26', via: 'the T2 pumping station' },
      { at: [40.919, 34.452], date: '2017-11-08', via: 'Al-Bukamal' },
    ],
    source: P('giustozzi-assad-s-position-was-strengthened-not'),
  },
];
