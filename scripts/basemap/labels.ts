/**
 * Label points: countries and seas placed by hand at a readable spot; cities from GeoNames. A city's `id`
 * is the slug of its display name (`Deir ez-Zor` → `deir-ez-zor`), the same as the gazetteer's place ids.
 */
export interface CityLabel { name: string; nameAr: string; country: string; geonamesName?: string; rank: 1 | 2 | 3; at?: [number, number]; note?: string }
export interface AreaLabel { name: string; nameAr: string; kind: 'country' | 'sea'; at: [number, number] }

export const AREA_LABELS: AreaLabel[] = [
  { name: 'Syria', nameAr: 'سوريا', kind: 'country', at: [38.9, 34.3] },
  { name: 'Turkey', nameAr: 'تركيا', kind: 'country', at: [36.6, 38.2] },
  { name: 'Iraq', nameAr: 'العراق', kind: 'country', at: [42.9, 33.1] },
  { name: 'Jordan', nameAr: 'الأردن', kind: 'country', at: [37.2, 31.0] },
  { name: 'Lebanon', nameAr: 'لبنان', kind: 'country', at: [35.95, 34.1] },
  { name: 'Israel', nameAr: 'إسرائيل', kind: 'country', at: [34.85, 31.1] },
  { name: 'Palestine', nameAr: 'فلسطين', kind: 'country', at: [35.25, 31.95] },
  { name: 'Cyprus', nameAr: 'قبرص', kind: 'country', at: [33.0, 35.0] },
  { name: 'Saudi Arabia', nameAr: 'السعودية', kind: 'country', at: [39.6, 30.0] },
  { name: 'Mediterranean Sea', nameAr: 'البحر الأبيض المتوسط', kind: 'sea', at: [33.4, 33.7] },
];

export const CITY_LABELS: CityLabel[] = [
  { name: 'Damascus', nameAr: 'دمشق', country: 'SY', rank: 1 },
  { name: 'Aleppo', nameAr: 'حلب', country: 'SY', rank: 1 },
  { name: 'Homs', nameAr: 'حمص', country: 'SY', rank: 2 },
  { name: 'Hama', nameAr: 'حماة', country: 'SY', geonamesName: 'Ḩamāh', rank: 2 },
  { name: 'Latakia', nameAr: 'اللاذقية', country: 'SY', rank: 2 },
  { name: 'Tartus', nameAr: 'طرطوس', country: 'SY', geonamesName: 'Tartouss', rank: 2 },
  { name: 'Idlib', nameAr: 'إدلب', country: 'SY', rank: 2 },
  { name: 'Raqqa', nameAr: 'الرقة', country: 'SY', geonamesName: 'Ar Raqqah', rank: 2 },
  { name: 'Deir ez-Zor', nameAr: 'دير الزور', country: 'SY', rank: 2 },
  { name: 'al-Hasakah', nameAr: 'الحسكة', country: 'SY', geonamesName: 'Al Ḩasakah', rank: 2 },
  { name: 'Qamishli', nameAr: 'القامشلي', country: 'SY', geonamesName: 'Al Qāmishlī', rank: 2 },
  { name: "Dara'a", nameAr: 'درعا', country: 'SY', geonamesName: 'Dar‘ā', rank: 2 },
  { name: 'Palmyra', nameAr: 'تدمر', country: 'SY', geonamesName: 'Tadmur', rank: 2 },
  { name: 'Al-Bukamal', nameAr: 'البوكمال', country: 'SY', geonamesName: 'Ālbū Kamāl', rank: 3 },
  { name: 'al-Mayadin', nameAr: 'الميادين', country: 'SY', geonamesName: 'Al Mayādīn', rank: 3 },
  { name: 'Manbij', nameAr: 'منبج', country: 'SY', rank: 3 },
  { name: 'Afrin', nameAr: 'عفرين', country: 'SY', geonamesName: '‘Afrīn', rank: 3 },
  { name: 'al-Bab', nameAr: 'الباب', country: 'SY', geonamesName: 'Al Bāb', rank: 3 },
  { name: 'Azaz', nameAr: 'أعزاز', country: 'SY', geonamesName: 'I‘zāz', rank: 3 },
  { name: 'Jarabulus', nameAr: 'جرابلس', country: 'SY', geonamesName: 'Jarābulus', rank: 3 },
  { name: 'Kobane', nameAr: 'عين العرب (كوباني)', country: 'SY', geonamesName: '‘Ayn al ‘Arab', rank: 3 },
  { name: 'Tell Abyad', nameAr: 'تل أبيض', country: 'SY', geonamesName: 'Tall Abyaḑ', rank: 3 },
  { name: 'al-Sukhnah', nameAr: 'السخنة', country: 'SY', geonamesName: 'As Sukhnah', rank: 3 },
  { name: 'al-Tanf', nameAr: 'التنف', country: 'SY', rank: 3, at: [38.65, 33.5], note: 'placed by hand at the crossing; ±5 km' },
  { name: 'Quneitra', nameAr: 'القنيطرة', country: 'SY', geonamesName: 'Al Qunayţirah', rank: 3 },
  { name: 'Suwayda', nameAr: 'السويداء', country: 'SY', geonamesName: 'As-Suwayda', rank: 3 },
  { name: 'Khan Sheikhoun', nameAr: 'خان شيخون', country: 'SY', geonamesName: 'Khān Shaykhūn', rank: 3 },
  { name: 'Saraqib', nameAr: 'سراقب', country: 'SY', geonamesName: 'Sarāqib', rank: 3 },
  { name: "Ma'arrat al-Nu'man", nameAr: 'معرة النعمان', country: 'SY', geonamesName: 'Ma‘arrat an Nu‘mān', rank: 3 },
  { name: 'Jisr al-Shughur', nameAr: 'جسر الشغور', country: 'SY', geonamesName: 'Jisr ash Shughūr', rank: 3 },
  { name: 'al-Tabqa', nameAr: 'الطبقة', country: 'SY', geonamesName: 'Ath Thawrah', rank: 3 },
  { name: "Ras al-'Ayn", nameAr: 'رأس العين', country: 'SY', geonamesName: 'Ra’s al ‘Ayn', rank: 3 },
  { name: "'Ayn 'Issa", nameAr: 'عين عيسى', country: 'SY', geonamesName: '‘Ayn ‘Īsá', rank: 3 },
  { name: 'Douma', nameAr: 'دوما', country: 'SY', geonamesName: 'Douma', rank: 3 },
  { name: 'Daraya', nameAr: 'داريا', country: 'SY', geonamesName: 'Dārayyā', rank: 3 },
  { name: 'Sheikh Maskin', nameAr: 'الشيخ مسكين', country: 'SY', geonamesName: 'Ash Shaykh Miskīn', rank: 3 },
  { name: 'al-Qusayr', nameAr: 'القصير', country: 'SY', geonamesName: 'Al Quşayr', rank: 3 },
  { name: 'Beirut', nameAr: 'بيروت', country: 'LB', rank: 1 },
  { name: 'Tripoli', nameAr: 'طرابلس', country: 'LB', rank: 3 },
  { name: 'Amman', nameAr: 'عمّان', country: 'JO', rank: 1 },
  { name: 'Irbid', nameAr: 'إربد', country: 'JO', rank: 3 },
  { name: "al-Qa'im", nameAr: 'القائم', country: 'IQ', geonamesName: 'Al Qā’im', rank: 3 },
  { name: 'Sinjar', nameAr: 'سنجار', country: 'IQ', geonamesName: 'Sinjār', rank: 3 },
  { name: 'Mosul', nameAr: 'الموصل', country: 'IQ', rank: 2 },
  { name: 'Gaziantep', nameAr: 'غازي عنتاب', country: 'TR', rank: 2 },
  { name: 'Şanlıurfa', nameAr: 'شانلي أورفة', country: 'TR', rank: 3 },
  { name: 'Antakya', nameAr: 'أنطاكية', country: 'TR', rank: 3 },
  { name: 'Kilis', nameAr: 'كلس', country: 'TR', rank: 3 },
  { name: 'Haifa', nameAr: 'حيفا', country: 'IL', rank: 3 },
  { name: 'Nicosia', nameAr: 'نيقوسيا', country: 'CY', rank: 3 },
];

/** The lowercase ASCII slug of a display name: `Ma'arrat al-Nu'man` → `maarrat-al-numan`. */
export function slug(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase().replace(/['‘’ʿʾ]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Where each named river's label sits: a point near the river, snapped onto its line by the build. */
export const RIVER_LABEL_NEAR: Record<string, [number, number]> = {
  Euphrates: [39.35, 35.85], Tigris: [42.75, 36.55], Khabur: [40.78, 36.2], Orontes: [36.42, 35.5],
  Yarmouk: [35.85, 32.7], Barada: [36.2, 33.6], Jordan: [35.56, 32.4],
};
