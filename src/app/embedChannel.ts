/**
 * Both halves of the embed protocol (PRODUCT.md) started together: the outbound
 * messages (embedMessaging.ts) and the inbound goto messages (gotoMessage.ts).
 * A module of its own so that embed.tsx loads it only in embed mode inside a frame:
 * the standalone app's first view does not carry the embed code.
 */
import { startEmbedMessaging } from "./embedMessaging";
import { listenForGoto } from "./gotoMessage";
import { selectLaneActors } from "../store/selectors";
import type { TimelineStore } from "../store/createTimelineStore";

export function startEmbedChannel(el: HTMLElement, store: TimelineStore) {
  const messaging = startEmbedMessaging(el, () => {
    const s = store.getState();
    const lanes = selectLaneActors(s);
    return {
      view: s.view,
      laneCount: lanes.length,
      leadLanes: lanes.filter((l) => l.id === "japan" || l.id === "china").length,
    };
  });
  // Scrollytelling: the host page may move the embed (goto messages from the parent only).
  let stories: typeof import("../story/storyStore") | null = null;
  const stopGoto = listenForGoto(store, {
    loadStory: async (ds) => {
      stories ??= await import("../story/storyStore");
      return (await (await import("../story/loadStory")).loadStory(ds)).story;
    },
    beforeMove: (s, next) => {
      if (next.storyStep) stories?.rememberStoryStart(s);
      else stories?.forgetStoryStart(s);
    },
  });
  return {
    postState: messaging.postState,
    dispose() {
      messaging.dispose();
      stopGoto();
    },
  };
}
