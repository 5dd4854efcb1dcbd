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
}

/**
 * Source and target side by side, each sentence wrapped in its column with its index.
 * Ink measures wide (CJK) characters as two columns when it wraps, so Chinese text
 * stays inside its column.
 */
export function BeadView({ bead, next, texts, languages, side, width, height }: BeadViewProps) {
  // One column of padding between the two sides; odd widths give the spare column to the gap.
  const column = Math.max(10, Math.floor((width - 3) / 2));
  const rows = (indices: readonly number[], sentences: readonly string[]) =>
    1 + indices.reduce((sum, i) => sum + wrappedRows(`${i} ${sentences[i] ?? ""}`, column), 0);
  const needed = Math.max(rows(bead.source, texts.source), rows(bead.target, texts.target));
  // A bead taller than the body is cut: the preview of the next bead would only take
  // room from it, and the reviewer must know something is hidden.
  const cut = needed > height;
  const preview = cut ? undefined : next;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box flexDirection="row" height={cut ? height - 1 : height} overflow="hidden" width={width}>
        <SideColumn
          label={`source (${languages.source})`}
          active={side === "source"}
          indices={bead.source}
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
          indices={bead.target}
          nextIndices={preview?.target}
          sentences={texts.target}
          width={column}
        />
      </Box>
      {cut ? (
        <Text color="yellow" wrap="truncate">
          ▼ this bead is taller than the screen: the end is cut (a bigger terminal shows it all)
        </Text>
      ) : null}
    </Box>
  );
}

function SideColumn(props: {
  label: string;
  active: boolean;
  indices: readonly number[];
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
