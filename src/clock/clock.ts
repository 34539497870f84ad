import * as vscode from 'vscode';
import { msUntilNextDay } from '../core';

/** The time source; injected so tests and the status logic never read the real clock directly. */
export interface Clock {
  now(): number;
  /** Minutes east of UTC right now, e.g. 540 in Japan. */
  utcOffsetMinutes(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  utcOffsetMinutes: () => -new Date().getTimezoneOffset(),
};

/**
 * Fires when the calendar day changes and when VS Code regains focus, because urgency depends on
 * today's date; it never polls the file.
 */
export class DayWatcher implements vscode.Disposable {
  private readonly fired = new vscode.EventEmitter<void>();
  readonly onDidChangeDay = this.fired.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly focus: vscode.Disposable;

  constructor(private readonly clock: Clock) {
    this.focus = vscode.window.onDidChangeWindowState((state) => {
      if (state.focused) {
        this.fired.fire();
      }
    });
    this.arm();
  }

  private arm(): void {
    // A second past midnight, so "today" has surely turned; re-armed each day.
    this.timer = setTimeout(
      () => {
        this.fired.fire();
        this.arm();
      },
      msUntilNextDay(this.clock.now(), this.clock.utcOffsetMinutes()) + 1000,
    );
  }

  dispose(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.focus.dispose();
    this.fired.dispose();
  }
}

/**
 * A clock that starts at a fixed moment and then runs normally. Set CONTRACT_GUARD_NOW (an ISO
 * date-time) to see the contracts as on another day: for demos, screenshots and tests.
 */
export function clockFromEnvironment(value: string | undefined): Clock | undefined {
  if (!value) {
    return undefined;
  }
  const start = Date.parse(value);
  if (Number.isNaN(start)) {
    return undefined;
  }
  const startedAt = Date.now();
  return { now: () => start + (Date.now() - startedAt), utcOffsetMinutes: () => systemClock.utcOffsetMinutes() };
}
