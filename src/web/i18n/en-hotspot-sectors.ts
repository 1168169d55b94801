import type { viHotspotSectors } from './vi-hotspot-sectors';

/** English texts of the hot spots by sector; spread into en.ts. */
export const enHotspotSectors: typeof viHotspotSectors = {
  hotspotSectors: {
    filter: 'Sector (VSIC section)',
    all: 'All sectors',
    filtered: 'Only letters about subjects of sector {{name}}.',
    title: 'By sector (VSIC section)',
    titleIn: 'By sector (VSIC section) — {{name}}',
    caption: 'Letters of the current period by the sector of the subject they are about, with the test result',
    sector: 'Sector',
    only: 'Filter the map by this sector',
    unknown: '{{n}} letters of this period are not linked to a subject with an industry code and are not counted by sector.',
    empty: 'No letter in these periods is linked to a subject with an industry code.',
  },
};
