/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from "ink";
import { wrappedRows } from "./display-width.js";
import type { BeadSide } from "./move-boundary.js";
import type { ReviewBead, ReviewTexts } from "./review-bead.js";

export interface BeadViewProps {
  readonly bead: ReviewBead;
  /** The next bead in reading order, shown dimmed: `m`, `[` and `]` act on it too. */
  readonly next?: ReviewBead | undefined;
  readonly texts: ReviewTexts;
  readonly languages: { readonly source: string; readonly target: string };
  /** The side `[` / `]` act on; its heading is underlined. */
  readonly side: BeadSide;
  readonly width: number;
  readonly height: number;
  /** Sentences hidden at the top of each side (J/K scroll a bead taller than the screen). */
  readonly scroll?: number;
}

/**
 * Source and target side by side, each sentence wrapped in its column with its index.
 * Ink measures wide (CJK) characters as two columns when it wraps, so Chinese text
 * stays inside its column.
 */
export function BeadView({ bead, next, texts, languages, side, width, height, scroll = 0 }: BeadViewProps) {
  // One column of padding between the two sides; odd widths give the spare column to the gap.
  const column = Math.max(10, Math.floor((width - 3) / 2));
  const rows = (indices: readonly number[], sentences: readonly string[]) =>
    1 + indices.reduce((sum, i) => sum + wrappedRows(`${i} ${sentences[i] ?? ""}`, column), 0);
  // Scrolling hides whole sentences at the top of both sides; each side keeps its last one.
  const sourceShown = bead.source.slice(Math.min(scroll, Math.max(0, bead.source.length - 1)));
  const targetShown = bead.target.slice(Math.min(scroll, Math.max(0, bead.target.length - 1)));
  const needed = Math.max(rows(sourceShown, texts.source), rows(targetShown, texts.target));
  // A bead taller than the body is cut: the preview of the next bead would only take
  // room from it, and the reviewer must know something is hidden.
  const cut = needed > height;
  const preview = cut || scroll > 0 ? undefined : next;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box flexDirection="row" height={cut ? height - 1 : height} overflow="hidden" width={width}>
        <SideColumn
          label={`source (${languages.source})`}
          active={side === "source"}
          indices={sourceShown}
          hidden={bead.source.length - sourceShown.length}
          nextIndices={preview?.source}
          sentences={texts.source}
          width={column}
        />
        <Box width={3} flexShrink={0} justifyContent="center">
          <Box borderStyle="single" borderTop={false} borderBottom={false} borderRight={false} borderDimColor height={height} />
        </Box>
        <SideColumn
          label={`target (${languages.target})`}
          active={side === "target"}
          indices={targetShown}
          hidden={bead.target.length - targetShown.length}
          nextIndices={preview?.target}
          sentences={texts.target}
          width={column}
        />
      </Box>
      {cut ? (
        <Text color="yellow" wrap="truncate">
          ▼ this bead goes on below: J scrolls down, K up
        </Text>
      ) : null}
    </Box>
  );
}

function SideColumn(props: {
  label: string;
  active: boolean;
  indices: readonly number[];
  /** Sentences scrolled away above. */
  hidden: number;
  nextIndices: readonly number[] | undefined;
  sentences: readonly string[];
  width: number;
}) {
  return (
    <Box flexDirection="column" width={props.width} flexShrink={0}>
      {/* Rows must not shrink: when a long bead overflows, Yoga would squeeze the heading away first. */}
      <Box flexShrink={0}>
        <Text bold underline={props.active} wrap="truncate">
          {props.label}
          {props.active ? " ◂ [ ]" : ""}
          {props.hidden > 0 ? `  ▲ ${props.hidden} above` : ""}
        </Text>
      </Box>
      {props.indices.length === 0 ? <Text dimColor>(nothing on this side)</Text> : null}
      {props.indices.map((i) => (
        <Box key={i} flexShrink={0}>
          <Text wrap="wrap">
            <Text color="cyan">{i} </Text>
            {props.sentences[i] ?? ""}
          </Text>
        </Box>
      ))}
      {props.nextIndices ? (
        <>
          <Box flexShrink={0}>
            <Text dimColor wrap="truncate">
              {"─ next bead ".padEnd(props.width, "─")}
            </Text>
          </Box>
          {props.nextIndices.length === 0 ? <Text dimColor>(nothing)</Text> : null}
          {props.nextIndices.map((i) => (
            <Box key={`next-${i}`} flexShrink={0}>
              <Text dimColor wrap="wrap">
                {i} {props.sentences[i] ?? ""}
              </Text>
            </Box>
          ))}
        </>
      ) : null}
    </Box>
  );
}
