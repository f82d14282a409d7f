"use client";
import { lazy } from "react";

/** The per-correct-answer sentence in its own chunk: most readers never set an accuracy. */
export const LazyPerCorrectNote = lazy(() => import("./PerCorrectNote").then((m) => ({ default: m.PerCorrectNote })));
