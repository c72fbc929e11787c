import { fieldId } from '@/components/ui/form/field-findings-context';

/** Focus a list's group after one of its items (and so the button pressed) is removed. */
export function focusGroup(name: string): void {
  document.getElementById(fieldId(name))?.focus();
}
