import type express from "express";
import { countFunnelStep } from "../../app/staff/funnel-count.server";
import { matchedRoute } from "../route-match";

export const REPORT_ROUTE = "/occupations/:slug";

/**
 * Counts one report view per successful answer of the occupation report route, whoever answered
 * it: React Router (the page or its `.data` for a client-side navigation) or the page cache. The
 * only place views are counted, so a cached copy counts the same as a rendered one.
 */
export function countReportViews(): express.RequestHandler {
  return (req, res, next) => {
    if (matchedRoute(req)?.pattern === REPORT_ROUTE) {
      res.once("finish", () => {
        if (res.statusCode === 200) void countFunnelStep("report_view");
      });
    }
    next();
  };
}
