#!/usr/bin/env python3
"""Counts which tone-mark style the shared corpus uses in open syllables ending in oa/oe/uy.

MODERN puts the mark on the o/u ("hòa", "khỏe", "thủy"), TRADITIONAL on the a/e/y ("hoà", "khoẻ", "thuỷ");
syllables after q (quý, quả) read the same in both styles and are not counted.
Usage: python3 scripts/tone_style_census.py [corpus_dir]   (default ../shared/corpus)
"""
import collections
import glob
import os
import re
import sys

LETTER = r'[^\W\d_]'
# a whole word: its onset (group 1), then the two vowels, the first or the second carrying the tone
MODERN = re.compile(r'(?<!%s)(%s*?)([òóỏõọ][ae]|[ùúủũụ]y)(?!%s)' % (LETTER, LETTER, LETTER), re.I)
TRADITIONAL = re.compile(r'(?<!%s)(%s*?)(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?!%s)' % (LETTER, LETTER, LETTER), re.I)


def census(text, pattern):
    counts = collections.Counter()
    for m in pattern.finditer(text):
        if not m.group(1).lower().endswith('q'):
            counts[m.group(0).lower()] += 1
    return counts


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'corpus')
    modern, traditional = collections.Counter(), collections.Counter()
    for path in sorted(glob.glob(os.path.join(corpus, 'corpus-*.txt'))):
        with open(path, encoding='utf-8') as f:
            text = f.read()
        modern += census(text, MODERN)
        traditional += census(text, TRADITIONAL)
    total = sum(modern.values()) + sum(traditional.values())
    print('MODERN      %6d (%.1f%%)  %s' % (sum(modern.values()), 100 * sum(modern.values()) / total, modern.most_common(8)))
    print('TRADITIONAL %6d (%.1f%%)  %s' % (sum(traditional.values()), 100 * sum(traditional.values()) / total, traditional.most_common(8)))


if __name__ == '__main__':
    main()
