// Class toggling that restyles only what changes.
import type { Collection, Core } from 'cytoscape';

/**
 * classes.setClass: gives `cls` to exactly the elements of `want`. Cytoscape restyles every element a
 * class is added to or removed from, even one that already had (or lacked) it, so a blanket
 * `cy.elements().removeClass(...)` restyles the whole drawing; this touches only the elements that change.
 */
export function setClass(cy: Core, cls: string, want: Collection): void {
  const had = cy.elements(`.${cls}`);
  had.not(want).removeClass(cls);
  want.not(had).addClass(cls);
}
