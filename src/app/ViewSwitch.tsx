import type { View } from "../url/urlState";
import { Timeline } from "../components/Timeline/Timeline";
import { TableView } from "../components/Table/TableView";

/** The active view. Each view reads the same filtered selection from the store. */
export function ViewSwitch({ view }: { view: View }) {
  switch (view) {
    case "table":
      return <TableView />;
    case "compare":
    case "figures":
    case "timeline":
    default:
      return <Timeline />;
  }
}
