/** The timeline chart's SVG on the page (the Timeline marks its area with this test id). */
export const CHART_SELECTOR = '[data-testid="timeline-chart"] svg';
/** The current view's root element: the tab panel's first child (.table-wrap, .compare, .figures). */
export const VIEW_ROOT_SELECTOR = '[role="tabpanel"].view-panel > :first-child';
