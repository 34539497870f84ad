export * from './status';
export * from './atStake';
