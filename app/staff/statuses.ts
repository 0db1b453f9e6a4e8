import type { OrderStatus } from "../../domain/order-state";

/** Orders staff still owe a blueprint on: these carry an SLA badge. */
export const OPEN_STATUSES = ["paid", "rendering", "awaiting_review", "sending", "failed"] as const satisfies readonly OrderStatus[];
/** Every status an order reaches once paid (it has a due time). */
export const QUEUE_STATUSES = [...OPEN_STATUSES, "delivered", "refunded"] as const satisfies readonly OrderStatus[];
