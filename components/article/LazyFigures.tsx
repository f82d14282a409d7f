"use client";
/**
 * The article's interactive figures, each in a chunk of its own (next/dynamic): the server renders
 * them in full (readers without JavaScript, and search engines, get them), and the browser fetches
 * their code after the page's own, then hydrates them in place.
 */
import dynamic from "next/dynamic";

export const LatencyFigure = dynamic(() => import("./figures").then((m) => m.LatencyFigure));
export const CostCurvesFigure = dynamic(() => import("./figures").then((m) => m.CostCurvesFigure));
export const DecisionQuiz = dynamic(() => import("./figures").then((m) => m.DecisionQuiz));
