import * as assert from 'node:assert/strict';
import { compareWithCommitted, leadingNumber } from '../../bench/regression';

describe('npm run bench: the regression guard', () => {
  const committed = [
    { id: 1, figure: 'cold load', size: '1000', measured: '8.00× (80 ms, 70–90; JSON.parse 10 ms)' },
    { id: 4, figure: 'naive ÷ ours', size: '10000', measured: '300.00× (300 ms vs 1 ms)', higherIsBetter: true },
    { id: 5, figure: 'activation', size: 'demo', measured: 'not measured: no code-server' },
  ];

  it('marks a figure more than 25% worse than the committed one as REGRESSED, as a ratio', () => {
    assert.equal(compareWithCommitted({ ...committed[0]!, measured: '10.40× (…)' }, committed), 'REGRESSED (1.30× of committed)');
    assert.equal(compareWithCommitted({ ...committed[0]!, measured: '9.60× (…)' }, committed), '1.20× of committed');
    assert.equal(compareWithCommitted({ ...committed[0]!, measured: '4.00× (…)' }, committed), '0.50× of committed');
  });

  it('reads "worse" the right way round where a larger figure is better', () => {
    assert.equal(compareWithCommitted({ ...committed[1]!, measured: '200.00× (…)' }, committed), 'REGRESSED (1.50× of committed)');
    assert.equal(compareWithCommitted({ ...committed[1]!, measured: '600.00× (…)' }, committed), '0.50× of committed');
  });

  it('says nothing for a new figure or one that was not measured', () => {
    assert.equal(compareWithCommitted({ id: 2, figure: 'new', size: '10000', measured: '0.5×' }, committed), '—');
    assert.equal(compareWithCommitted({ ...committed[2]!, measured: '+40 ms' }, committed), '—');
    assert.equal(leadingNumber('+50 ms (ours 52 ms)'), 50);
    assert.equal(leadingNumber('148.1 KB'), 148.1);
  });
});
