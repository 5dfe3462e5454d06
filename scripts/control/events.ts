/**
 * Dated events, each at a place of the gazetteer (or a point), with a passage of the texts or a named
 * public record. Descriptions are in our own words. `npm run control` writes geodata/events.json.
 */
import { P, R, type Source } from './sources.ts';

export interface EventDef { id: string; date: string; to?: string; dateUncertain?: boolean; title: string; description: string; place?: string; coord?: [number, number]; kind: string; source: Source }
const E = (id: string, date: string, title: string, place: string, kind: string, source: Source, description: string, to?: string): EventDef =>
  ({ id, date, ...(to ? { to } : {}), title, description, place, kind, source });

/** The cited passage gives the month or a span, not the day: the day is marked approximate (the validator
 * asks for this of every event whose passage does not give its day). */
const U = (e: EventDef): EventDef => ({ ...e, dateUncertain: true });

export const EVENTS: EventDef[] = [
  E('idlib-falls', '2015-03-28', 'Idlib falls to Jaish al-Fatah', 'idlib', 'battle', R('France 24', '2015-03-30', 'Jaish al-Fatah overran Idlib city on Saturday 28 March', 'https://www.france24.com/en/20150330-islamists-syria-seize-idlib-nusra-jaish-fath'), 'A rebel coalition led by Nusra and Ahrar al-Sham takes the provincial capital.'),
  E('palmyra-falls-2015', '2015-05-21', 'IS takes Palmyra', 'palmyra', 'battle', R('Reuters', '2015-05-21', 'IS seized Palmyra on Wednesday 20 May; its full control was reported the next day', 'https://www.huffpost.com/entry/isis-syrian-border-iraq_n_7405828'), 'The Islamic State seizes Palmyra and the road east to Deir ez-Zor.'),
  U(E('tell-abyad-2015', '2015-06-16', 'The YPG takes Tell Abyad', 'tell-abyad', 'battle', P('pierret-the-akp-government-had-announced-its'), 'Joining the cantons of Kobane and Cizire; Turkey then announces its intention to set up a “security zone” in northern Syria.')),
  E('russian-intervention', '2015-09-30', 'Russia’s air campaign begins', 'hmeimim-airbase', 'intervention', R('AFP', '2015-09-30', 'Russia launches its first air strikes in Syria', 'http://www.politicit.com/russia-enters-syria-war-with-air-strikes/'), 'Russian aircraft flying from Hmeimim begin strikes in support of the government.'),
  U(E('su-24-shootdown', '2015-11-24', 'Turkey shoots down a Russian Su-24', 'latakia-province', 'strike', P('pierret-ankara-shooting-down-russian-bomber'), 'A Turkish F-16 downs a Russian bomber over the Syrian–Turkish border in Latakia.')),
  U(E('sheikh-maskin-2016', '2016-01-26', 'Loyalists retake Sheikh Maskin', 'sheikh-maskin', 'battle', P('pierret-in-january-2016-they-retook-the'), 'The town on the Damascus–Dara’a highway falls to the government.')),
  U(E('aleppo-corridor', '2016-02-03', 'The rebels’ corridor north of Aleppo is cut', 'bab-al-salama', 'battle', P('pierret-by-early-2016-however-two-major'), 'A loyalist offensive with the PYD cuts the road from Aleppo to the Bab al-Salama crossing.')),
  U(E('cessation-2016', '2016-02-27', 'The cessation of hostilities', 'damascus', 'agreement', P('pierret-the-nationwide-cessation-of-hostilities-proclaimed'), 'A US–Russian nationwide truce that freed loyalist forces for the desert.')),
  U(E('tanf-nsa', '2016-03-04', 'The New Syrian Army takes al-Tanf', 'al-tanf', 'battle', P('pierret-in-the-following-march-the-nsa'), 'US-trained rebels seize the crossing where Syria, Jordan and Iraq meet.')),
  U(E('palmyra-retaken-2016', '2016-03-27', 'Loyalists retake Palmyra', 'palmyra', 'battle', P('pierret-the-nationwide-cessation-of-hostilities-proclaimed'), 'With Russian air support, a year after the city fell to IS.')),
  U(E('hamdan-raid', '2016-06-28', 'The NSA’s raid on al-Hamdan fails', 'al-hamdan', 'battle', P('pierret-in-the-following-march-the-nsa'), 'A bold attack behind IS lines near Al-Bukamal ends in disaster.', '2016-06-29')),
  U(E('manbij-2016', '2016-08-12', 'The SDF takes Manbij', 'manbij', 'battle', P('pierret-not-only-did-these-efforts-fail'), 'The city Turkey meant for its security zone falls to the US-backed SDF.')),
  U({ ...E('euphrates-shield', '2016-08-24', 'Operation Euphrates Shield', '', 'intervention', P('pierret-the-turkish-stance-on-the-russian'), 'Turkish troops and Syrian rebels cross the border at Jarabulus.'), place: undefined, coord: [38.01096, 36.8175] }),
  U(E('daraya-2016', '2016-08-26', 'Daraya’s population is displaced', 'daraya', 'agreement', P('pierret-following-the-august-2016-seizure-of'), 'The besieged suburb surrenders; its remaining people are moved out.')),
  U(E('deir-ez-zor-airstrike', '2016-09-17', 'A US strike hits government soldiers at Deir ez-Zor', 'deir-ez-zor', 'strike', P('pierret-the-agreement-was-cancelled-two-days'), 'Two days before their planned joint group, US–Russian cooperation collapses.')),
  U(E('palmyra-lost-2016', '2016-12-11', 'IS retakes Palmyra', 'palmyra', 'battle', P('pierret-palmyra-was-lost-to-is-once'), 'While loyalist forces are concentrated in Aleppo.')),
  U(E('eastern-aleppo-falls', '2016-12-22', 'Eastern Aleppo falls', 'eastern-aleppo', 'battle', P('pierret-the-fall-of-eastern-aleppo-in'), 'The last rebels and civilians are evacuated under a deal Turkey mediated.')),
  U(E('ceasefire-2016-12', '2016-12-30', 'A nationwide ceasefire', 'damascus', 'agreement', P('pierret-palmyra-was-lost-to-is-once'), 'Brokered by Russia and Turkey at the end of December 2016.')),
  U(E('al-bab-2017', '2017-02-23', 'Euphrates Shield takes al-Bab', 'al-bab', 'battle', P('pierret-the-move-was-primarily-aimed-at'), 'Turkish-backed forces take the town from IS after a long siege.')),
  U(E('palmyra-retaken-2017', '2017-03-02', 'Loyalists retake Palmyra again', 'palmyra', 'battle', P('pierret-palmyra-was-lost-to-is-once'), 'Opening the central desert to the regime’s advance.')),
  // The texts do not say where on the river: drawn at al-Khafsah (GeoNames 168422), the riverside town the
  // control table gives the government on the same day and from the same passage.
  U({ ...E('euphrates-reached', '2017-03-07', 'The regime reaches the Euphrates', '', 'battle', P('pierret-the-first-major-push-towards-raqqa'), 'After four years of absence, blocking Euphrates Shield’s road to Raqqa; marked at al-Khafsah, where the map turns to the government that day.'), place: undefined, coord: [38.02172, 36.2311] }),
  U(E('russians-afrin', '2017-03-20', 'Russian troops deploy to Afrin', 'afrin', 'intervention', P('pierret-by-sending-troops-to-the-western'), 'Deterring Turkish attacks on the YPG stronghold.')),
  E('khan-sheikhoun-sarin', '2017-04-04', 'Sarin attack on Khan Sheikhoun', 'khan-sheikhoun', 'chemical', P('pierret-although-advances-made-by-the-rebels'), 'A chemical attack on the rebels’ rear base for the northern Hama offensive.'),
  U(E('shayrat-strike', '2017-04-07', 'US cruise missiles strike Shu‘ayrat', 'shayrat-airbase', 'strike', P('pierret-the-us-decision-to-respond-to'), 'The US response to Khan Sheikhoun, defined as deterrence of chemical weapons.')),
  U(E('astana-zones', '2017-05-04', 'The Astana de-escalation zones', 'idlib-pocket', 'agreement', P('pierret-afterwards-moreover-turkey-agreed-to-join'), 'Russia, Iran and Turkey proclaim four zones across western Syria.')),
  U(E('tanf-strike-1', '2017-05-18', 'First US strike near al-Tanf', 'al-tanf', 'strike', P('pierret-in-may-june-2017-us-aircraft'), 'US aircraft strike loyalist troops advancing towards the garrison.')),
  U(E('tanf-strike-2', '2017-06-06', 'Second US strike near al-Tanf', 'al-tanf', 'strike', P('pierret-loyalist-advances-towards-al-tanf-were'), 'Another loyalist column is hit inside the zone around al-Tanf.')),
  U(E('tanf-strike-3', '2017-06-08', 'Third US strike near al-Tanf', 'al-tanf', 'strike', P('pierret-loyalist-advances-towards-al-tanf-were'), 'The third of the May–June strikes on pro-regime forces.')),
  // The text does not say where on the border: drawn at the control table's point for it (the town
  // border-northeast-of-tanf), which turns to the government that day from the same passage, 5 km inside the
  // border by the end of the route loyalists-around-tanf. At Iraq's own centre, as before, the marker stood
  // 175 km inside Iraq; at [39.2, 33.95], after that, 35 km inside Syria, short of the border it names.
  U({ ...E('border-reached', '2017-06-09', 'Loyalists reach the Iraqi border', '', 'battle', P('pierret-loyalist-advances-towards-al-tanf-were'), 'Circumventing al-Tanf further north, they link up with Iraqi militias; marked, approximately, where the map turns to the government on the border that day.'), place: undefined, coord: [39.3, 33.66] }),
  U(E('himars-tanf', '2017-06-13', 'HIMARS deployed to al-Tanf', 'al-tanf', 'intervention', P('pierret-by-mid-june-2017-washington-s'), 'Washington’s purely defensive reaction to the loyalists’ arrival on the border.')),
  E('deir-siege-broken', '2017-09-05', 'The siege of Deir ez-Zor is broken', 'deir-ez-zor', 'battle', R('Reuters', '2017-09-05', 'government forces reach the troops besieged by IS in Deir ez-Zor', 'http://news.re-publish.com/1490630/syrian-army-allies-break-islamic-state-siege-in-eastern-city'), 'Loyalist columns from Palmyra reach the garrison besieged since 2014.'),
  E('raqqa-falls', '2017-10-17', 'The SDF takes Raqqa', 'raqqa', 'battle', R('Reuters', '2017-10-17', 'the SDF declares victory over IS in Raqqa', 'http://www.huffingtonpost.co.uk/entry/raqqa-isis_uk_59e62172e4b02a215b337eb2'), 'The capital of the Islamic State falls after a four-month battle.'),
  U(E('abu-kamal-2017', '2017-11-08', 'Loyalists take Al-Bukamal', 'al-bukamal', 'battle', P('giustozzi-assad-s-position-was-strengthened-not'), 'The border town on the Euphrates, the last large town IS held in Syria; IS takes it back on 11 November, the army again on 19 November. IS keeps Hajin and Baghuz, across the river, until December 2018 and March 2019.')),
  U(E('hemeimeem-incident', '2017-12-11', 'Putin at Hmeimim', 'hmeimim-airbase', 'political', P('giustozzi-the-media-reports-were-deleted-from'), 'A Russian officer keeps Assad from walking beside Putin at the air base.')),
  E('olive-branch', '2018-01-20', 'Operation Olive Branch', 'afrin', 'intervention', R('Turkish General Staff', '2018-01-20', 'Operation Olive Branch begins in the Afrin region at 5 p.m.', 'https://odiaspora.org/picsturkey-launches-operation-olive-branch-in-afrin-south-aleppo/'), 'Turkey and its Syrian allies attack the YPG’s Afrin canton; the town falls on 18 March.'),
  E('ghouta-ends', '2018-04-12', 'Eastern Ghouta retaken', 'eastern-ghouta', 'battle', R('Reuters', '2018-04-12', 'Russia says government forces have taken full control of Douma, the last rebel stronghold in Eastern Ghouta', 'http://www.jpost.com/Breaking-News/Russia-Syrian-government-forces-gain-full-control-of-eastern-Ghouta-549573'), 'The besieged enclave east of Damascus falls after a two-month offensive.'),
  E('south-2018', '2018-07-12', 'Dara’a surrenders', 'daraa', 'agreement', R('Reuters', '2018-07-13', 'the government raises the national flag over the rebel-held parts of Daraa city', 'http://www.abc.net.au/news/2018-07-13/syrian-government-raises-national-flag-in-derra/9991120'), 'Russian-brokered deals end rebel rule in the south; an insurgency resumes later.'),
  // Not the passage on "the Idlib agreement" of the Iran–Turkey text: the text does not say which agreement it
  // means, and Iran, whose cooperation with Turkey the text describes, was no party to this one.
  E('idlib-agreement', '2018-09-17', 'The Idlib agreement (Sochi)', 'idlib', 'agreement', R('Daily Sabah', '2018-09-17', 'Erdoğan and Putin agree a demilitarised buffer zone in Idlib', 'https://www.dailysabah.com/diplomacy/2018/09/17/erdogan-putin-agree-on-demilitarized-zone-in-syrias-idlib'), 'Russia and Turkey agree a demilitarised zone around Idlib.'),
  // Giustozzi's text dates the reopening 27 November 2018; the reports of the day give 27 December.
  E('uae-embassy', '2018-12-27', 'The UAE reopens its embassy in Damascus', 'damascus', 'political', R('Bloomberg', '2018-12-27', 'the United Arab Emirates opens its embassy in Damascus', 'https://www.bnnbloomberg.ca/u-a-e-reopens-damascus-embassy-as-syria-comes-in-from-the-cold-1.1188279'), 'A rapprochement that worried Iran, says Giustozzi, whose text dates it 27 November 2018.'),
  E('baghuz', '2019-03-23', 'IS loses its last territory at Baghuz', 'al-bukamal', 'battle', R('Reuters', '2019-03-23', 'the SDF declares IS defeated at Baghuz, its last territory', 'https://myrepublica.nagariknetwork.com/news/islamic-state-defeated-caliphate-eliminated-u-s-backed-sdf'), 'The end of the territorial caliphate, across the river from Al-Bukamal.'),
  U(E('golan-recognition', '2019-03-25', 'The US recognises Israel’s annexation of the Golan', 'golan-heights', 'political', P('giustozzi-this-alignment-deepened-after-president-trump'), 'Deepening the alignment between Assad and Iran, says Giustozzi.')),
  E('peace-spring', '2019-10-09', 'Operation Peace Spring', 'tell-abyad', 'intervention', R('Al Jazeera', '2019-10-09', 'Turkey launches a military operation in north-east Syria', 'https://www.aljazeera.com/news/2019/10/9/turkey-launches-military-operation-in-northeast-syria'), 'Turkey takes the border strip between Tell Abyad and Ras al-Ayn.'),
  E('moscow-ceasefire', '2020-03-05', 'The Moscow ceasefire for Idlib', 'idlib', 'agreement', R('France 24', '2020-03-05', 'Russia and Turkey agree a ceasefire in Idlib from midnight', 'https://www.france24.com/en/20200305-russia-turkey-reach-deal-on-midnight-ceasefire-for-syria-s-idlib'), 'Ending the government offensive of 2019–2020.'),
  { ...E('larijani-visit', '2024-11-14', 'Larijani in Damascus', 'damascus', 'political', P('visits-2024-within-5-days-three-high-level'), 'The first of three high-level visits between Damascus and Tehran in five days.'), dateUncertain: true },
  E('aleppo-offensive', '2024-11-27', 'The opposition offensive begins', 'aleppo', 'battle', FALL(), 'Rebels led by Tahrir al-Sham attack west of Aleppo; the city falls in three days.'),
  E('fall-of-damascus', '2024-12-08', 'The fall of Damascus', 'damascus', 'political', R('Reuters', '2024-12-08', 'rebels announce they have ousted Assad from Damascus', 'https://kyivindependent.com/breaking-syrian-rebels-announce-fall-of-assad-regime/'), 'The end of the Assad regime.'),
];
function FALL(): Source {
  return R('IANS', '2024-11-27', 'armed groups launch a major attack on army positions west of Aleppo', 'https://www.lokmattimes.com/international/radical-militant-groups-launch-major-offensive-on-syrian-military-sites-in-aleppo/');
}
