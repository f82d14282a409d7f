"use client";
import dynamic from "next/dynamic";

/** The per-correct-answer sentence in its own chunk: most readers never set an accuracy. */
export const LazyPerCorrectNote = dynamic(() => import("./PerCorrectNote").then((m) => m.PerCorrectNote));
