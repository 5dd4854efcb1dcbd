/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from "ink";
import type { StatusCounts } from "./count-statuses.js";

export interface StatusLineProps {
  readonly counts: StatusCounts;
  readonly filter: string;
  /** "12/140": the cursor's place in the filtered queue. */
  readonly place: string;
  readonly width: number;
}

/** Counts, filter and place, on one line that never wraps. */
export function StatusLine({ counts, filter, place, width }: StatusLineProps) {
  return (
    <Box width={width}>
      <Text inverse wrap="truncate">
        {` ✓ ${counts.accepted} accepted  ✗ ${counts.rejected} rejected  ✎ ${counts.edited} edited  · ${counts.left} left  │ filter: ${filter}  │ ${place}`.padEnd(
          width,
        )}
      </Text>
    </Box>
  );
}
