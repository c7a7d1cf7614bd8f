/**
 * What a page's layout must keep at every width (WCAG 1.4.10, reflow): read in the page, in CSS
 * pixels, and returned as plain sentences a failing test prints. Nothing here waits or times.
 */
import type { Page } from 'playwright-core';

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** The devices academies use: a small phone, a phone, an old laptop or projector, a laptop, a classroom screen. */
export const VIEWPORTS: readonly Viewport[] = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** The sizes whose screenshots are kept. */
export const SCREENSHOT_WIDTHS: readonly number[] = [390, 1024, 1366];

/** Resizes the page and lets it lay out again (two frames: the resize, then what it set off). */
export async function resize(page: Page, viewport: Viewport): Promise<void> {
  await page.setViewportSize(viewport);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        window.scrollTo(0, 0);
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
  );
}

/** What overflows: the page wider than the window, and every focusable element beyond its width. */
export function reflowFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const width = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > width) faults.push(`the page is ${scrollWidth} px wide in a ${width} px window`);
    const name = (element: Element): string => {
      const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${text}"`;
    };
    const focusable = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    for (const element of focusable) {
      if ((element as HTMLButtonElement).disabled || element.closest('[hidden], [inert]')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (getComputedStyle(element).visibility === 'hidden') continue;
      if (box.left < -1 || box.right > width + 1)
        faults.push(`${name(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} px of ${width}`);
    }
    return faults;
  });
}

/** During an encounter: the narration shows five lines or more, all inside the window on wide screens. */
export function narrationFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const narration = document.querySelector<HTMLElement>('.narration');
    if (!narration) return ['no narration on screen'];
    const style = getComputedStyle(narration);
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
    const inner = narration.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const faults: string[] = [];
    if (inner + 0.5 < 5 * lineHeight) faults.push(`the narration shows ${(inner / lineHeight).toFixed(1)} lines`);
    const box = narration.getBoundingClientRect();
    if (window.innerWidth >= 900 && (box.top < 0 || box.bottom > window.innerHeight + 1))
      faults.push(`the narration spans ${Math.round(box.top)}–${Math.round(box.bottom)} px of a ${window.innerHeight} px window`);
    return faults;
  });
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * The people in the encounter's picture, as the picture laid them out (its e2e probe), against every
 * panel of the page at the top of the page: nothing with a background of its own may lie over them.
 */
export function coveredPeople(page: Page): Promise<{ readonly people: number; readonly faults: string[] }> {
  return page.evaluate(() => {
    const probe = (window as unknown as { goodCallPicture?: () => { people: readonly Box[] } | null }).goodCallPicture?.();
    if (!probe) return { people: 0, faults: ['the encounter picture is not showing'] };
    const faults: string[] = [];
    const app = document.getElementById('app');
    const panels = [...(app?.querySelectorAll<HTMLElement>('*') ?? [])].filter((element) => {
      const style = getComputedStyle(element);
      const painted = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
      return painted && style.visibility !== 'hidden' && element.getClientRects().length > 0;
    });
    for (const person of probe.people) {
      for (const panel of panels) {
        const box = panel.getBoundingClientRect();
        const overlapW = Math.min(box.right, person.x + person.w) - Math.max(box.left, person.x);
        const overlapH = Math.min(box.bottom, person.y + person.h) - Math.max(box.top, person.y);
        if (overlapW > 1 && overlapH > 1) {
          faults.push(
            `${panel.tagName.toLowerCase()}.${[...panel.classList].join('.')} covers a person at ${Math.round(person.x)},${Math.round(person.y)} ${Math.round(person.w)}x${Math.round(person.h)}`,
          );
          break;
        }
      }
    }
    return { people: probe.people.length, faults };
  });
}
