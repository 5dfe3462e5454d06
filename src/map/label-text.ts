import type { ExpressionSpecification } from 'maplibre-gl';
import type { Lang } from '../state/url-schema.ts';

/**
 * The text of a label: in English with the Arabic name beneath, or Arabic alone (with the English beneath)
 * when the reader chose Arabic labels.
 */
export function bilingualLabel(lang: Lang): ExpressionSpecification {
  const en: ExpressionSpecification = ['coalesce', ['get', 'name'], ''];
  const ar: ExpressionSpecification = ['coalesce', ['get', 'nameAr'], ''];
  const [first, second] = lang === 'ar' ? [ar, en] : [en, ar];
  return ['case', ['has', 'nameAr'], ['concat', first, '\n', second], en];
}
