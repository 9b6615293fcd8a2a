/**
 * Labelled form controls for the editor: every control has a visible label, its
 * problems are tied to it (aria-invalid + aria-describedby), and nothing but text
 * is ever rendered from the data.
 */
import { useId, type ReactNode } from "react";
import { joinDate, splitDate, type DateParts, type Precision } from "./draft";
import type { MessageKey } from "../i18n/i18n";
import { useLocale, useT } from "../i18n/useT";

export function Problems({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="ed-problems">
      {messages.map((m, i) => (
        <li key={i}>{m}</li>
      ))}
    </ul>
  );
}

interface TextProps {
  label: string;
  value: string;
  onChange(v: string): void;
  problems?: readonly string[];
  hint?: string;
  multiline?: boolean;
  required?: boolean;
  inputMode?: "numeric" | "decimal" | "url" | "text";
  type?: "text" | "url";
  className?: string;
  placeholder?: string;
}

export function TextField({
  label,
  value,
  onChange,
  problems = [],
  hint,
  multiline,
  required,
  inputMode,
  type = "text",
  className,
  placeholder,
}: TextProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : "", problems.length ? `${id}-err` : ""]
    .filter(Boolean)
    .join(" ");
  const common = {
    id,
    value,
    required,
    placeholder,
    "aria-invalid": problems.length > 0 || undefined,
    "aria-describedby": describedBy || undefined,
  };
  return (
    <div className={`ed-field${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="ed-hint">
          {hint}
        </p>
      )}
      <Problems id={`${id}-err`} messages={problems} />
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  problems = [],
  className,
}: {
  label: string;
  value: T | "";
  options: readonly { value: T | ""; label: string }[];
  onChange(v: T | ""): void;
  problems?: readonly string[];
  className?: string;
}) {
  const id = useId();
  return (
    <div className={`ed-field${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={problems.length ? `${id}-err` : undefined}
        onChange={(e) => onChange(e.target.value as T | "")}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Problems id={`${id}-err`} messages={problems} />
    </div>
  );
}

/** Month names in the reader's language (Intl knows them all, no catalog needed). */
function monthNames(locale: string): string[] {
  const f = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
  return Array.from({ length: 12 }, (_, i) => f.format(Date.UTC(2000, i, 1)));
}

const PRECISIONS: { value: Precision; label: MessageKey }[] = [
  { value: "year", label: "editor.date.yearOnly" },
  { value: "month", label: "editor.date.month" },
  { value: "day", label: "editor.date.day" },
];

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) as precision + year + month + day. */
export function DateField({
  legend,
  value,
  onChange,
  problems = [],
  children,
}: {
  legend: string;
  value: unknown;
  onChange(v: string): void;
  problems?: readonly string[];
  children?: ReactNode;
}) {
  const id = useId();
  const t = useT();
  const locale = useLocale();
  const parts = splitDate(value);
  const set = (patch: Partial<DateParts>) => onChange(joinDate({ ...parts, ...patch }));
  const invalid = problems.length > 0 || undefined;
  const err = problems.length ? `${id}-err` : undefined;
  return (
    <fieldset className="ed-date">
      <legend>{legend}</legend>
      <div className="ed-row">
        <div className="ed-field ed-field--narrow">
          <label htmlFor={`${id}-p`}>{t("editor.date.precision")}</label>
          <select
            id={`${id}-p`}
            value={parts.precision}
            onChange={(e) => set({ precision: e.target.value as Precision })}
          >
            {PRECISIONS.map((p) => (
              <option key={p.value} value={p.value}>
                {t(p.label)}
              </option>
            ))}
          </select>
        </div>
        <div className="ed-field ed-field--year">
          <label htmlFor={`${id}-y`}>{t("editor.date.year")}</label>
          <input
            id={`${id}-y`}
            inputMode="numeric"
            value={parts.year}
            aria-invalid={invalid}
            aria-describedby={err}
            onChange={(e) => set({ year: e.target.value.replace(/\D/g, "").slice(0, 4) })}
          />
        </div>
        {parts.precision !== "year" && (
          <div className="ed-field">
            <label htmlFor={`${id}-m`}>{t("editor.date.month")}</label>
            <select
              id={`${id}-m`}
              value={parts.month}
              aria-invalid={invalid}
              aria-describedby={err}
              onChange={(e) => set({ month: e.target.value })}
            >
              <option value="00">—</option>
              {monthNames(locale).map((m, i) => (
                <option key={m} value={String(i + 1).padStart(2, "0")}>
                  {m}
                </option>
              ))}
            </select>
          </div>
        )}
        {parts.precision === "day" && (
          <div className="ed-field ed-field--narrow">
            <label htmlFor={`${id}-d`}>{t("editor.date.day")}</label>
            <input
              id={`${id}-d`}
              inputMode="numeric"
              value={parts.day === "00" ? "" : parts.day}
              aria-invalid={invalid}
              aria-describedby={err}
              onChange={(e) => set({ day: e.target.value.replace(/\D/g, "").slice(0, 2) })}
            />
          </div>
        )}
      </div>
      {children}
      <Problems id={`${id}-err`} messages={problems} />
    </fieldset>
  );
}
