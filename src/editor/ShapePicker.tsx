/**
 * The actor's shape: chosen for you (distinct within the dataset), or picked from
 * the seven the chart draws. A shape another actor already has says so, so two
 * actors are not drawn alike by mistake.
 */
import { useId } from "react";
import { ACTOR_SHAPES, type ActorShape } from "../data/schema";
import { assignShapes } from "../data/actorShapes";
import { useT } from "../i18n/useT";
import type { MessageKey } from "../i18n/i18n";

/**
 * For the actor at `index` of `actors` (or a new one appended with `newId`): the shape
 * "chosen for you" would give it, and the shapes the other actors are drawn with.
 */
export function shapeContext(
  actors: readonly { id: string; name: string; shape?: ActorShape }[],
  index: number,
  newId = "",
): { auto: ActorShape; usedBy: Map<ActorShape, string[]> } {
  const list = index < actors.length ? [...actors] : [...actors, { id: newId || "new-actor", name: "" }];
  const me = list[index]!;
  const auto = assignShapes(list.map((a, j) => (j === index ? { id: a.id } : a))).get(me.id)!;
  const drawn = assignShapes(list);
  const usedBy = new Map<ActorShape, string[]>();
  list.forEach((a, j) => {
    if (j === index) return;
    const s = drawn.get(a.id);
    if (s) usedBy.set(s, [...(usedBy.get(s) ?? []), a.name || a.id]);
  });
  return { auto, usedBy };
}

export function ShapeIcon({ shape }: { shape: string }) {
  return <span className={`ed-shape ed-shape--${shape}`} aria-hidden="true" />;
}

export function ShapePicker({
  value,
  auto,
  usedBy,
  onChange,
}: {
  /** The chosen shape, or undefined for "chosen for you". */
  value: ActorShape | undefined;
  /** The shape "chosen for you" gives now. */
  auto: ActorShape;
  /** Shape → names of the other actors drawn with it. */
  usedBy: ReadonlyMap<ActorShape, string[]>;
  onChange(shape: ActorShape | undefined): void;
}) {
  const t = useT();
  const id = useId();
  const name = (s: ActorShape) => t(`editor.shape.${s}` as MessageKey);
  return (
    <fieldset className="ed-shapes">
      <legend>{t("editor.shape.legend")}</legend>
      <div className="ed-shape-options">
        <div className="ed-check">
          <input
            id={`${id}-auto`}
            type="radio"
            name={id}
            checked={value === undefined}
            onChange={() => onChange(undefined)}
          />
          <label htmlFor={`${id}-auto`}>
            {t("editor.shape.auto", { shape: name(auto) })} <ShapeIcon shape={auto} />
          </label>
        </div>
        {ACTOR_SHAPES.map((s) => {
          const others = usedBy.get(s) ?? [];
          return (
            <div key={s} className="ed-check">
              <input
                id={`${id}-${s}`}
                type="radio"
                name={id}
                checked={value === s}
                onChange={() => onChange(s)}
              />
              <label htmlFor={`${id}-${s}`}>
                <ShapeIcon shape={s} /> {name(s)}
                {others.length > 0 && (
                  <span className="ed-hint"> {t("editor.shape.usedBy", { names: others.join(", ") })}</span>
                )}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
