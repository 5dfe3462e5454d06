/**
 * The main roads of these years, hand-built as straight lines between the towns they pass through, in
 * order. They are schematic: the towns are placed from GeoNames, the road between them is not surveyed.
 */
export interface Stop { name: string; country?: string; geonamesName?: string; at?: [number, number]; note?: string }
export interface RoadDef { id: string; ref: string | null; name: string; stops: Stop[] }

const SY = (name: string, geonamesName?: string): Stop => ({ name, country: 'SY', geonamesName });

/** al-Tanf is not in GeoNames' cities: placed by hand on the highway at the crossing, about ±5 km. */
export const AL_TANF: Stop = { name: 'al-Tanf', at: [38.65, 33.5], note: 'placed by hand at the crossing on the Damascus–Baghdad highway; ±5 km' };

export const ROADS: RoadDef[] = [
  {
    id: 'm5', ref: 'M5', name: "M5: Dara'a–Damascus–Homs–Hama–Aleppo",
    stops: [SY("Dara'a", 'Dar‘ā'), SY('Sheikh Maskin', 'Ash Shaykh Miskīn'), SY('al-Sanamayn', 'Aş Şanamayn'), SY('al-Kiswah', 'Al Kiswah'),
      SY('Damascus'), SY('al-Qutayfah', 'Al Quţayfah'), SY('al-Nabk', 'An Nabk'), SY('Homs'), SY('al-Rastan', 'Ar Rastan'),
      SY('Hama', 'Ḩamāh'), SY('Khan Sheikhoun', 'Khān Shaykhūn'), SY("Ma'arrat al-Nu'man", 'Ma‘arrat an Nu‘mān'), SY('Saraqib', 'Sarāqib'), SY('Aleppo')],
  },
  {
    id: 'm4', ref: 'M4', name: 'M4: Latakia–Saraqib–Aleppo–al-Hasakah',
    stops: [SY('Latakia'), SY('Jisr al-Shughur', 'Jisr ash Shughūr'), SY('Ariha', 'Arīḩā'), SY('Saraqib', 'Sarāqib'), SY('Aleppo'),
      SY('Manbij'), SY('Sarrin', 'Şirrīn ash Shamālīyah'), SY("'Ayn 'Issa", '‘Ayn ‘Īsá'),
      SY('Tell Tamer', 'Tall Tamr'), SY('al-Hasakah', 'Al Ḩasakah')],
  },
  {
    id: 'damascus-baghdad', ref: null, name: 'Damascus–Baghdad highway through al-Tanf',
    stops: [SY('Damascus'), SY('al-Dumayr', 'Aḑ Ḑumayr'), SY("al-Sab' Biyar", 'As Sab‘ Biyār'), AL_TANF,
      { name: 'al-Rutbah', country: 'IQ', geonamesName: 'Ar Ruţbah' }],
  },
  {
    id: 'homs-deir-ez-zor', ref: null, name: 'Homs–Palmyra–al-Sukhnah–Deir ez-Zor',
    stops: [SY('Homs'), SY('al-Furqlus', 'Al Furqlus'), SY('Palmyra', 'Tadmur'), SY('al-Sukhnah', 'As Sukhnah'), SY('Deir ez-Zor')],
  },
  {
    id: 'euphrates-road', ref: null, name: 'Euphrates road: Raqqa–Deir ez-Zor–al-Mayadin–Al-Bukamal',
    stops: [SY('Raqqa', 'Ar Raqqah'), SY("Ma'dan", 'Ma‘dān'), SY('al-Tibni', 'At Tibnī'), SY('Deir ez-Zor'), SY('al-Mayadin', 'Al Mayādīn'),
      SY("al-'Asharah", 'Al ‘Ashārah'), SY('Al-Bukamal', 'Ālbū Kamāl'), { name: "al-Qa'im", country: 'IQ', geonamesName: 'Al Qā’im' }],
  },
];
