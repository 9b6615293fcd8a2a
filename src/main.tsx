/** Standalone mount: read the URL → create the store → render the app. */
import { mountTimeline } from "./embed";

const root = document.getElementById("root");
if (root) mountTimeline(root, { queryStr: window.location.search, syncUrl: true });
