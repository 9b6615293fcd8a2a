/**
 * Which shape each actor is drawn with: the dataset's own `shape` where given,
 * then the fixed shapes of the actors the product is about, then the rest in
 * turn, each actor a shape no other actor of the dataset has while any is free
 * (a teacher's file naming `china` beside six others must not draw two squares).
 * Pure, plus one slot holding the assignment of the dataset on screen, so the
 * chart's `actorShape(id, index)` needs no new argument.
 */
import { ACTOR_SHAPES, type ActorShape } from "./vocabulary";

export type { ActorShape };

/** Fixed shapes for the actors the product is about. */
export const FIXED_SHAPES: Readonly<Record<string, ActorShape>> = {
  japan: "circle",
  china: "square",
  "south-korea": "triangle",
  apt: "hexagon",
  asean: "diamond",
  "united-states": "star",
};

// Never "ring": a ring around a mark means "has an amount", so no actor may look like one.
// Circle and square come last: a teacher's data about Asia often names Japan and China, which keep theirs.
export const SHAPE_ROTATION: readonly ActorShape[] = [
  "cross",
  "diamond",
  "triangle",
  "hexagon",
  "star",
  "circle",
  "square",
];

/** The shape an actor gets knowing nothing of the others (the old rule, and the fallback). */
export function defaultShape(actorId: string, index: number): ActorShape {
  return FIXED_SHAPES[actorId] ?? SHAPE_ROTATION[index % SHAPE_ROTATION.length]!;
}

const isShape = (s: unknown): s is ActorShape => (ACTOR_SHAPES as readonly unknown[]).includes(s);

/**
 * Every actor's shape, distinct while shapes remain (there are seven). Chosen shapes are
 * kept as given; fixed ids keep theirs unless taken by a chosen one; the others take their
 * turn in the rotation, moving on to the next free shape when theirs is taken.
 */
export function assignShapes(actors: readonly { id: string; shape?: unknown }[]): Map<string, ActorShape> {
  const out = new Map<string, ActorShape>();
  const taken = new Set<ActorShape>();
  const give = (id: string, shape: ActorShape) => {
    out.set(id, shape);
    taken.add(shape);
  };
  for (const a of actors) if (isShape(a.shape) && !out.has(a.id)) give(a.id, a.shape);
  for (const a of actors) {
    const fixed = FIXED_SHAPES[a.id];
    if (!out.has(a.id) && fixed && !taken.has(fixed)) give(a.id, fixed);
  }
  actors.forEach((a, i) => {
    if (out.has(a.id)) return;
    const n = SHAPE_ROTATION.length;
    const start = i % n;
    let pick = defaultShape(a.id, i);
    for (let k = 0; k < n; k++) {
      const s = SHAPE_ROTATION[(start + k) % n]!;
      if (!taken.has(s)) {
        pick = s;
        break;
      }
    }
    give(a.id, pick);
  });
  return out;
}

/**
 * The assignment of the dataset on screen (one per page: the store sets it with the
 * dataset). The chart's many callers ask by id and index; this lets them keep doing so.
 */
let shown: Map<string, ActorShape> = new Map();

export function showActorShapes(actors: readonly { id: string; shape?: unknown }[]): void {
  shown = assignShapes(actors);
}

export function shownActorShape(actorId: string): ActorShape | undefined {
  return shown.get(actorId);
}
