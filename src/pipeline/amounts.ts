// Amounts of money as pages write them.
import { tidySpaces } from '../graph/normalise';

/** "1 460 000,- EUR" -> 1460000; "1.460.000,00" -> 1460000; "2,5" stays undefined (not an amount). */
export function parseAmount(text: string): number | undefined {
  let digits = tidySpaces(text).replace(/\s/g, '');
  digits = digits.replace(/[.,]\d{1,2}$/, '');
  digits = digits.replace(/[.,]/g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  const value = Number(digits);
  return value >= 1000 ? value : undefined;
}
