/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from "ink";
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
  return (
    <Box flexDirection="row" height={height} overflow="hidden" width={width}>
      <SideColumn
        label={`source (${languages.source})`}
        active={side === "source"}
        indices={bead.source}
        nextIndices={next?.source}
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
        nextIndices={next?.target}
        sentences={texts.target}
        width={column}
      />
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
