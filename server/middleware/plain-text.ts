import type express from "express";

/** One short sentence as the whole answer: how the edge refuses a request before any route runs. */
export function plainText(res: express.Response, status: number, message: string): void {
  res.status(status).type("text/plain; charset=utf-8").send(message);
}
