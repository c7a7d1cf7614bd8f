/** The number keys that pick a choice: the game's encounter and the author preview's play panel both take them. */

/** Keys 1-9 pick (0-based here), unless the user is typing in a field or holding a modifier. */
export function pickedNumber(event: KeyboardEvent): number | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return undefined;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, select, textarea, [contenteditable="true"]')) return undefined;
  return /^[1-9]$/.test(event.key) ? Number(event.key) - 1 : undefined;
}
