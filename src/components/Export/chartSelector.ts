/** The timeline chart's SVG on the page (the Timeline marks its area with this test id). */
export const CHART_SELECTOR = '[data-testid="timeline-chart"] svg';
