/** DOM id of the entity table, so figures elsewhere on the page can bring it into view. */
export const ENTITY_TABLE_ID = 'alignment-entities';

/**
 * Scrolls the entity table into view. Links in the figures and heatmap
 * change the table's filter; without this the change happens below the fold
 * and the click seems to do nothing.
 */
export function scrollToEntityTable(): void {
  // After the navigation has rendered, so the table has its new height.
  window.requestAnimationFrame(() => {
    // scrollIntoView is missing in jsdom; optional call keeps tests quiet.
    document
      .getElementById(ENTITY_TABLE_ID)
      ?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  });
}
