import { describe, expect, it } from 'vitest';
import type { FrameworkFile } from '../../../../shared/contracts/frameworks.ts';
import { frameworkProblems } from '../../../../shared/domain/framework-tree.ts';
import { addNode, moveNode, removeNode, updateNode, withDerivedMaxima } from './framework-edit.ts';

const file: FrameworkFile = {
  code: 'T',
  names: { en: 'Test' },
  subject: 'department',
  year: 2026,
  basis: '',
  example: false,
  total: 10,
  areas: [
    {
      key: 'a1',
      code: '1',
      names: { en: 'One' },
      max: 6,
      maxVerified: true,
      children: [
        { key: 'a1.1', code: '1.1', names: { en: 'One one' }, max: 2.5, maxVerified: true, method: 'self' },
        { key: 'a1.2', code: '1.2', names: { en: 'One two' }, max: 3.5, maxVerified: false, method: 'survey' },
      ],
    },
    { key: 'a2', code: '2', names: { en: 'Two' }, max: 4, maxVerified: true, method: 'self_with_evidence' },
  ],
};

describe('framework editor operations', () => {
  it('derives parents and the total from the leaves, exactly in hundredths', () => {
    const edited = updateNode(file, 'a1.1', { max: 0.1 });
    const e2 = updateNode(edited, 'a1.2', { max: 0.2 });
    expect(e2.areas[0]!.max).toBe(0.3);
    expect(e2.total).toBe(4.3);
    expect(frameworkProblems(e2)).toEqual([]);
  });

  it('changes only the node named and leaves the input untouched', () => {
    const edited = updateNode(file, 'a1.2', { names: { en: 'Renamed' }, maxVerified: true });
    expect(edited.areas[0]!.children![1]).toMatchObject({ key: 'a1.2', names: { en: 'Renamed' }, maxVerified: true, max: 3.5 });
    expect(file.areas[0]!.children![1]!.names).toEqual({ en: 'One two' });
  });

  it('adds an area numbered after the others, and a criterion under a node with a fresh key', () => {
    const area = addNode(file, null);
    expect(area.key).toBe('area-3');
    expect(area.file.areas[2]).toMatchObject({ code: '3', max: 0, method: 'self_with_evidence' });
    const child = addNode(file, 'a1');
    expect(child.key).toBe('a1.3');
    expect(child.file.areas[0]!.children!.map((c) => c.code)).toEqual(['1.1', '1.2', '1.3']);
    expect(child.file.total).toBe(10);
  });

  it("splits a leaf: its first child takes the leaf's maximum and the method moves down", () => {
    const { file: split, key } = addNode(file, 'a2');
    const a2 = split.areas[1]!;
    expect(key).toBe('a2.1');
    expect(a2.method).toBeUndefined();
    expect(a2.children).toEqual([{ key: 'a2.1', code: '2.1', names: {}, max: 4, maxVerified: true, method: 'self_with_evidence' }]);
    expect(split.total).toBe(10);
  });

  it('numbers after the highest sibling and never reuses a key of the draft or of the saved version', () => {
    const removed = removeNode(file, 'a1.1');
    const after = addNode(removed, 'a1');
    expect(after.file.areas[0]!.children!.map((c) => c.code)).toEqual(['1.2', '1.3']);
    const again = addNode(removeNode(file, 'a1.2'), 'a1', new Set(['a1.2']));
    expect(again.key).toBe('a1.2-2');
    expect(again.file.areas[0]!.children!.map((c) => c.code)).toEqual(['1.1', '1.2']);
  });

  it('removes a node with its subtree and the total follows', () => {
    const removed = removeNode(file, 'a1');
    expect(removed.areas.map((a) => a.key)).toEqual(['a2']);
    expect(removed.total).toBe(4);
  });

  it('moves a node among its siblings, not past either end', () => {
    expect(moveNode(file, 'a1.2', -1).areas[0]!.children!.map((c) => c.key)).toEqual(['a1.2', 'a1.1']);
    expect(moveNode(file, 'a1.2', 1).areas[0]!.children!.map((c) => c.key)).toEqual(['a1.1', 'a1.2']);
    expect(moveNode(file, 'a2', -1).areas.map((a) => a.key)).toEqual(['a2', 'a1']);
  });

  it('leaves a consistent file consistent', () => {
    expect(withDerivedMaxima(file)).toEqual(file);
  });
});
