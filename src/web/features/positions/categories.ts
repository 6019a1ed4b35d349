import { useNameOf } from '../units/index.ts';
import { useCategories } from './api.ts';

/** A category's name in the reader's language (its code until the country's list has come). */
export function useCategoryName(unit: string): (code: string) => string {
  const nameOf = useNameOf();
  const categories = useCategories(unit);
  return (code) => {
    const found = categories.data?.find((c) => c.code === code);
    return found ? nameOf(found.names) || code : code;
  };
}

/** The country's categories as select options, in their order. */
export function useCategoryOptions(unit: string): { value: string; label: string }[] {
  const nameOf = useNameOf();
  const categories = useCategories(unit);
  return [...(categories.data ?? [])].sort((a, b) => a.position - b.position).map((c) => ({ value: c.code, label: nameOf(c.names) || c.code }));
}
