import { instantToDay } from './dates';
import type { Contract } from './schema';
import { deriveStatus, type ContractStatus, type StatusOptions } from './status';

interface Cached {
  readonly today: number;
  readonly options: string;
  readonly status: ContractStatus;
}

/**
 * deriveStatus, remembered per contract. A contract's status depends only on the contract, the
 * day and the options; a file read again after a change hands back the same contract objects for
 * the contracts whose text did not change, so only the changed one is derived again.
 */
export class StatusCache {
  private byContract = new WeakMap<Contract, Cached>();
  private lastOptions: StatusOptions | undefined;
  private lastOptionsKey = '';

  derive(contract: Contract, now: number, options: StatusOptions): ContractStatus {
    const today = instantToDay(now, options.utcOffsetMinutes);
    const key = this.keyOf(options);
    const hit = this.byContract.get(contract);
    if (hit && hit.today === today && hit.options === key) {
      return hit.status;
    }
    const status = deriveStatus(contract, now, options);
    this.byContract.set(contract, { today, options: key, status });
    return status;
  }

  private keyOf(options: StatusOptions): string {
    if (options !== this.lastOptions) {
      this.lastOptions = options;
      this.lastOptionsKey = JSON.stringify([options.utcOffsetMinutes, options.thresholds ?? null]);
    }
    return this.lastOptionsKey;
  }
}
