/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from "ink";
import { REVIEW_KEYS } from "./review-keys.js";

/** The `?` screen: every key and what it does. */
export function HelpView({ width, height }: { readonly width: number; readonly height: number }) {
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Text bold>Keys (any key closes this help)</Text>
      {REVIEW_KEYS.map(([keys, what]) => (
        <Text key={keys} wrap="truncate">
          <Text color="cyan">{keys.padEnd(16)}</Text>
          {what}
        </Text>
      ))}
      <Text dimColor wrap="wrap">
        Each decision and edit is saved the moment you press the key; quitting loses nothing.
      </Text>
    </Box>
  );
}
