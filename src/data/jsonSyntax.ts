/**
 * Say where and why a JSON text is broken, in plain words and the same in every
 * browser (JSON.parse's own messages differ by engine and often give no line).
 * Only called after JSON.parse has failed, so speed matters little; the scanner
 * is iterative so that deep nesting cannot overflow the stack.
 */
import { ref, type MessageRef, type MessageValues } from "./messageRef";

export interface JsonSyntaxError {
  /** 1-based line and column of the first problem. */
  line: number;
  column: number;
  /** Plain words, e.g. "expected a property name in double quotes". */
  reason: string;
  /** The reason's catalog key and values (see messageRef.ts), translated on the main thread. */
  key: string;
  values?: MessageValues;
}

/** What was found, as the catalog's messages take it: {found, select, end … quote … other {'{char}'}}. */
function foundValues(c: string | undefined): MessageValues {
  return { found: c === undefined ? "end" : c === "'" ? "quote" : "char", char: c ?? "" };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ["true", "false", "null"];

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describeChar(c: string | undefined): string {
  if (c === undefined) return "the end of the file";
  if (c === "'") return "a single quote (JSON needs double quotes)";
  return `'${c}'`;
}

/** The first syntax error in `text`, or `null` when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;
  let mode: "value" | "key" | "after" = "value";
  const fail = (offset: number, reason: string, key: string, values?: MessageValues): JsonSyntaxError => ({
    ...position(text, offset),
    reason,
    key,
    ...(values ? { values } : {}),
  });
  const skipWs = () => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  /** Scan a string starting at text[i] === '"'; returns an error or null. */
  const scanString = (): JsonSyntaxError | null => {
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            return fail(i, "a \\u escape needs four hex digits", "import.json.unicode");
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else
          return fail(
            i,
            `'\\${e ?? ""}' is not a valid escape (write \\\\ for a backslash)`,
            "import.json.escape",
            {
              char: e ?? "",
            },
          );
        continue;
      }
      if (c < 32)
        return fail(i, "a line break or tab inside a text must be written \\n or \\t", "import.json.control");
      i++;
    }
    return fail(start, 'a text is not closed (a closing " is missing)', "import.json.unclosed");
  };

  for (;;) {
    skipWs();
    const c = text[i];
    if (mode === "value") {
      if (c === undefined)
        return fail(i, "the file ends too early: a value is missing", "import.json.endsValue");
      if (c === "{" || c === "[") {
        stack.push(c);
        i++;
        skipWs();
        const close = c === "{" ? "}" : "]";
        if (text[i] === close) {
          stack.pop();
          i++;
          mode = "after";
        } else mode = c === "{" ? "key" : "value";
        continue;
      }
      if (c === '"') {
        const err = scanString();
        if (err) return err;
        mode = "after";
        continue;
      }
      NUMBER.lastIndex = i;
      if (NUMBER.test(text)) {
        i = NUMBER.lastIndex;
        mode = "after";
        continue;
      }
      const lit = LITERALS.find((l) => text.startsWith(l, i));
      if (lit) {
        i += lit.length;
        mode = "after";
        continue;
      }
      if ((c === "]" || c === "}") && stack.length)
        return fail(i, `there is a comma too many before ${describeChar(c)}`, "import.json.commaTooMany", {
          char: c,
        });
      return fail(
        i,
        `expected a value (text in double quotes, a number, true, false, null, a list or an object) but found ${describeChar(c)}`,
        "import.json.expectedValue",
        foundValues(c),
      );
    }
    if (mode === "key") {
      if (c !== '"') {
        if (c === "}")
          return fail(i, "there is a comma too many before '}'", "import.json.commaTooMany", { char: "}" });
        return fail(
          i,
          `expected a property name in double quotes but found ${describeChar(c)}`,
          "import.json.expectedKey",
          foundValues(c),
        );
      }
      const err = scanString();
      if (err) return err;
      skipWs();
      if (text[i] !== ":")
        return fail(
          i,
          `expected ':' after the property name but found ${describeChar(text[i])}`,
          "import.json.expectedColon",
          foundValues(text[i]),
        );
      i++;
      mode = "value";
      continue;
    }
    // mode === "after": a value has ended.
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (c === undefined) return null;
      return fail(
        i,
        `unexpected ${describeChar(c)} after the end of the data`,
        "import.json.afterEnd",
        foundValues(c),
      );
    }
    const close = top === "{" ? "}" : "]";
    if (c === ",") {
      i++;
      mode = top === "{" ? "key" : "value";
    } else if (c === close) {
      stack.pop();
      i++;
    } else if (c === undefined) {
      return fail(i, `the file ends too early: a closing '${close}' is missing`, "import.json.endsClose", {
        close,
      });
    } else {
      return fail(
        i,
        `expected ',' or '${close}' but found ${describeChar(c)} (is a comma missing?)`,
        "import.json.expectedComma",
        {
          close,
          ...foundValues(c),
        },
      );
    }
  }
}

/** A ready-to-show message (English, with its catalog key) for a text that JSON.parse refused. */
export function describeJsonError(text: string): { text: string; ref: MessageRef } {
  const err = findJsonSyntaxError(text);
  if (!err)
    return {
      text: "The JSON file could not be read (it may be nested too deeply).",
      ref: ref("import.json.deep"),
    };
  const nested: MessageValues = { reasonKey: err.key };
  for (const [k, v] of Object.entries(err.values ?? {})) nested[`reason.${k}`] = v;
  return {
    text: `The JSON is not valid at line ${err.line}, column ${err.column}: ${err.reason}.`,
    ref: ref("import.json.at", { line: err.line, column: err.column, reason: err.reason, ...nested }),
  };
}
