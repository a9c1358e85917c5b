/** Chinese copy: topic, status and denial cues with no English cue word, clauses, lists and report frames. */
import { describe, expect, it } from 'vitest';
import { signals } from './signal';

describe('Chinese topic cues', () => {
  it.each([
    ['欧盟对腾讯处以罚款。', 'tencent', ['state-probe']],
    ['市场监管总局对阿里巴巴展开反垄断调查。', 'alibaba', ['state-probe']],
    ['地方政府向小米提供补贴。', 'xiaomi', ['state-support']],
    ['英伟达的芯片对中国出口受到限制。', 'nvidia', ['export-controls']],
    ['五角大楼更新清单，腾讯被移出清单。', 'tencent', ['military-ties']],
  ])('%s → %s %j', (text, entity, topics) => {
    expect(signals(text)).toEqual([[entity, topics, 'confirmed', false]]);
  });

  it('finds nothing in a product story', () => {
    expect(signals('小米发布新款手机，股价上涨。')).toEqual([]);
    // 调查 (an investigation) needs a state: an analyst's survey is not a probe.
    expect(signals('分析师调查显示小米手机销量上升。')).toEqual([]);
    // 不是 (is not) negates the cue after it; the same sentence without it is a signal.
    expect(signals('小米不是美国制裁的对象。')).toEqual([]);
    expect(signals('小米是美国制裁的对象。')).toEqual([['xiaomi', ['sanctions'], 'confirmed', false]]);
  });
});

describe('Chinese status and denial', () => {
  it.each([
    ['据悉，美国商务部已将华为列入实体清单。', 'alleged'],
    ['华为或将被列入实体清单。', 'proposed'],
    ['美国商务部已将华为列入实体清单。', 'confirmed'],
  ])('%s → %s', (text, status) => {
    expect(signals(text)[0]?.[2]).toBe(status);
  });

  it('reads a denial', () => {
    expect(signals('阿里巴巴驳斥有关其与军方有联系的报道。')[0]?.[3]).toBe(true);
  });

  it('lets a leading report frame hedge every clause', () => {
    expect(signals('据悉，国防部将腾讯列入清单，但小米获剔除。')).toEqual([
      ['tencent', ['military-ties'], 'alleged', false],
      ['xiaomi', ['military-ties'], 'alleged', false],
    ]);
  });
});

describe('Chinese clauses and lists', () => {
  it('ends a clause at "，而": the company after it is not the one listed', () => {
    expect(signals('美国限制英伟达的高端芯片对华出口，而阿里巴巴是潜在买家。')).toEqual([
      ['nvidia', ['export-controls'], 'confirmed', false],
    ]);
    // The Entity List (实体清单) is an export control, even after 列入 (added to), which names the military list.
    expect(signals('美国商务部将华为列入实体清单。')).toEqual([['huawei', ['export-controls'], 'confirmed', false]]);
  });

  it('joins a list across a ticker in brackets and "，以及" with a description', () => {
    expect(
      signals('国防部新增名单包括阿里巴巴 (09988-HK)、手机制造商小米，以及全球主要的通讯设备制造商华为。'),
    ).toEqual([
      ['alibaba', ['military-ties'], 'confirmed', false],
      ['huawei', ['military-ties'], 'confirmed', false],
      ['xiaomi', ['military-ties'], 'confirmed', false],
    ]);
  });
});
