// The talk's clock: the one place the deck reads the time. The presenter's timer and the link between the two windows
// take a clock as an input, so tests drive them with a fake one. Milliseconds since the epoch, from the performance
// timeline rather than Date.now(): finer, and shared by the windows of one machine (the link compares their stamps).
export type Clock = () => number;

export const systemClock: Clock = () => performance.timeOrigin + performance.now();
