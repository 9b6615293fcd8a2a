/**
 * What About says to readers about the built-in dataset's documents, by source id: what
 * each document is and who wrote it, in plain words. (The sources' `note` fields are
 * written for the dataset's editors, about the text files; About does not show them.)
 * Facts from shared/seeds/README.md and data/README.md.
 */
export const BUILT_IN_SOURCE_ABOUT: Readonly<Record<string, string>> = {
  "courteous-charmer":
    "A short commentary on Japan's soft power in Southeast Asia, written after the 26th ASEAN-Japan Summit of September 2023. It names no author or publisher. Events cite it by paragraph.",
  "soft-power-asean-2009":
    "An article written around 2009 comparing how China and Japan have courted ASEAN, with South Korea and the ASEAN Plus Three frame alongside. The text carries no title, author or publisher: the title shown here describes it. Events cite it by section and page.",
};

/** How the built-in dataset's events were chosen and written (data/README.md, in brief). */
export const BUILT_IN_METHOD: readonly string[] = [
  "Each event is a fact one of the two documents states: a visit, an agreement, a fund, a programme, or a figure such as a year's aid or a count of Confucius Institutes. Nothing comes from elsewhere.",
  "The summaries are the editors' own words, not the documents' sentences; each event cites the document, section and page it comes from.",
  "Amounts and figures are kept exactly as printed, in the currency printed: nothing is converted, rounded or added up.",
  "Where a document gives no date, the event is placed at the year it points to (often the year it was written) and marked “placed”; where it is ambiguous or looks misprinted, the event's note says so.",
  "The turning points the documents build their argument on are marked as headlines and show first when the whole period is in view.",
];
