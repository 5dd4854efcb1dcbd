import type { Bead, ExportMeta } from "@tandem/align";

/** A small document pair with the characters exports must survive: markup, controls, tabs, newlines. */
export const meta: ExportMeta = {
  source: {
    path: "a & b.txt",
    lang: "NL",
    sentences: [
      { text: "Titel <één>.", start: 0, end: 12 },
      { text: "Zin\tmet tab & \u0007bel.", start: 14, end: 34 },
      { text: "Tweede\nregel.", start: 35, end: 48 },
      { text: "Onvertaald.", start: 50, end: 61 },
      { text: "Bijschrift \"foto\".", start: 62, end: 80 },
    ],
  },
  target: {
    path: "b.txt",
    lang: "en",
    sentences: [
      { text: "Caption \"photo\".", start: 0, end: 16 },
      { text: "Title <one>.", start: 17, end: 29 },
      { text: "  Sentence with tab & bell, second line. ", start: 30, end: 71 },
    ],
  },
  creationDate: new Date(Date.UTC(2025, 6, 8, 9, 5, 3)),
  toolVersion: "0.1.0",
};

export const beads: Bead[] = [
  { source: [0], target: [1], score: 0.912345, signals: { lexical: 0.8, length: 0.95 } },
  { source: [1, 2], target: [2], score: 0.5, signals: { lexical: 0.4 } },
  { source: [3], target: [], score: 0 },
  { source: [4], target: [0], score: 0.77, moved: true, signals: { lexical: 0.7, margin: 2.5 } },
];
