import { describe, expect, it } from 'vitest';
import { foldText, nameKey, slugify } from '../../src/graph/normalise';

describe('name normalisation', () => {
  it('gives an empty name the slug "unnamed" rather than an empty key', () => {
    expect(slugify('')).toBe('unnamed');
    expect(slugify(' – ')).toBe('unnamed');
  });

  it('folds case and diacritics, including letters Unicode does not decompose', () => {
    expect(foldText('Consiliul Judeţean Cluj')).toBe('consiliul judetean cluj');
    expect(foldText('Małopolska Øresund Straße')).toBe('malopolska oresund strasse');
  });

  it('writes Cyrillic in Latin letters, Bulgarian style, so keys stay readable', () => {
    expect(foldText('Клъстер Зелена синергия')).toBe('klaster zelena sinergia');
    expect(slugify('Клъстер Зелена Синергия')).toBe('klaster-zelena-sinergia');
    expect(foldText('България')).toBe('balgaria');
  });

  it('keeps SMART+ and Sm@rt apart but SMEGoNET and SMEGoNet together', () => {
    expect(nameKey('SMART+')).toBe('smart plus');
    expect(nameKey('Sm@rt Region')).toBe('smart region');
    expect(nameKey('SMEGoNET')).toBe(nameKey('SMEGoNet'));
  });
});
