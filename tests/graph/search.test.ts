import { describe, expect, it } from 'vitest';
import { createSearch } from '../../src/graph/search';
import { foldText, searchTerm } from '../../src/graph/text';
import { fixtureGraph } from './build';

describe('search', () => {
  const search = createSearch(fixtureGraph());
  const first = (q: string) => search.search(q)[0]?.key;

  it('finds nothing for an empty query or nonsense', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('qqqxxzz')).toEqual([]);
  });

  it('folds case, diacritics and Cyrillic', () => {
    expect(foldText('Babeş-Bolyai')).toBe('babes-bolyai');
    expect(foldText('Клъстер Зелена синергия')).toBe('klaster zelena sinergia');
    expect(searchTerm('Ústeckého')).toBe(searchTerm('ustecky'));
  });

  it.each([
    ['ustecky', 'org:rra-usteckeho-kraje'],
    ['babes bolyai', 'org:babes-bolyai-university'],
    ['zelena sinergia', 'org:zelena-sinergia'],
    ['bistra', 'org:zrs-bistra-ptuj'],
    ['clustrs cord', 'project:clusters-cord'],
    ['smegonet', 'project:smegonet'],
    ['Malopolskie', 'org:malopolska-region'],
  ])('"%s" finds %s first', (query, key) => {
    expect(first(query)).toBe(key);
  });

  it('says which other name matched when it is not the label', () => {
    const hit = search.search('Cluj County')[0]!;
    expect(hit.key).toBe('org:cluj-county-council');
    expect(hit.alias).toBe('Cluj County Council');
  });
});
