#!/usr/bin/env python3
"""A site of N dispatches written in one script other than Latin, to measure the search index's vocabulary files.

    python3 other_scripts_site.py OUT [--script uk|ar|zh|th] [--count 2000]

Deterministic (seeded): the same arguments give the same site. Its words are made, not real: stems and endings
for Ukrainian and Arabic (so the vocabulary grows as a real one does, by inflection), characters drawn from the
common Han block for Chinese, syllables run together without spaces for Thai. Each dispatch also names a few
places from a fixed list, so that a query has something real to find.
"""
import argparse
import os
import random

PLACES = {
    "uk": ["Покровськ", "Куп’янськ", "Харків", "Запоріжжя", "Херсон", "Бахмут", "Суми", "Дніпро", "Одеса", "Ізюм"],
    "ar": ["أوكرانيا", "خاركيف", "زابوريجيا", "خيرسون", "باخموت", "سومي", "دنيبرو", "أوديسا", "كييف", "إيزيوم"],
    "zh": ["乌克兰", "哈尔科夫", "扎波罗热", "赫尔松", "巴赫穆特", "苏梅", "第聂伯", "敖德萨", "基辅", "伊久姆"],
    "th": ["ยูเครน", "คาร์คิฟ", "ซาปอริชเชีย", "เคอร์ซอน", "บัคมุต", "ซูมี", "ดนีโปร", "โอเดสซา", "เคียฟ", "อีซิวม์"],
}


def ukrainian_words(rng):
    consonants = "бвгґджзклмнпрстфхцчшщ"
    vowels = "аеєиіїоуюя"
    endings = ["", "а", "и", "і", "у", "ою", "ом", "ів", "ами", "ах", "ий", "ого", "ому", "ім", "ої", "ій", "ня", "ння", "ть", "ли"]
    stems = set()
    while len(stems) < 3000:
        stems.add("".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(rng.randint(1, 3))) + rng.choice(consonants))
    return [s + e for s in sorted(stems) for e in rng.sample(endings, 6)]


def arabic_words(rng):
    letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"
    prefixes = ["", "ال", "وال", "بال", "لل", "و", "ف"]
    suffixes = ["", "ة", "ات", "ون", "ين", "ها", "هم", "ي"]
    roots = set()
    while len(roots) < 3000:
        roots.add("".join(rng.choice(letters) for _ in range(rng.randint(3, 4))))
    return [p + r + s for r in sorted(roots) for p, s in zip(rng.sample(prefixes, 3), rng.sample(suffixes, 3))]


def han_characters(rng):
    return [chr(c) for c in rng.sample(range(0x4E00, 0x9FA6), 2500)]


def thai_syllables(rng):
    consonants = [chr(c) for c in range(0x0E01, 0x0E2F)]
    vowels = ["า", "ิ", "ี", "ุ", "ู", "ั", "ำ", ""]
    leading = ["เ", "แ", "โ", "ไ", ""]
    tones = ["่", "้", "", ""]
    return [rng.choice(leading) + rng.choice(consonants) + rng.choice(vowels) + rng.choice(tones) + rng.choice(consonants) for _ in range(3000)]


def sentence(script, rng, vocabulary, places):
    if script in ("zh", "th"):
        parts = [rng.choice(vocabulary) for _ in range(rng.randint(12, 30))]
        parts.insert(rng.randrange(len(parts)), rng.choice(places))
        return "".join(parts) + ("。" if script == "zh" else " ")
    words = [rng.choice(vocabulary) for _ in range(rng.randint(8, 18))]
    words.insert(rng.randrange(len(words)), rng.choice(places))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--script", choices=sorted(PLACES), default="uk")
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(f"{args.script}-{args.count}")
    vocabulary = {"uk": ukrainian_words, "ar": arabic_words, "zh": han_characters, "th": thai_syllables}[args.script](rng)
    places = PLACES[args.script]
    os.makedirs(os.path.join(args.out, "content", "dispatches"), exist_ok=True)
    with open(os.path.join(args.out, "site.yml"), "w", encoding="utf-8") as f:
        f.write(f'title: "Other scripts ({args.script})"\nbase_url: "https://example.org/"\nlanguage: {args.script}\n')
    for n in range(args.count):
        day = n // 4
        year, month, date = 2024 + day // 336, 1 + (day // 28) % 12, 1 + day % 28
        title = sentence(args.script, rng, vocabulary, places)[:60].rstrip(" .。")
        body = "\n\n".join(" ".join(sentence(args.script, rng, vocabulary, places) for _ in range(rng.randint(3, 6))) for _ in range(rng.randint(3, 6)))
        with open(os.path.join(args.out, "content", "dispatches", f"d{n:05}.md"), "w", encoding="utf-8") as f:
            f.write(f'---\ntitle: "{title}"\nslug: d{n:05}\ndate: {year}-{month:02}-{date:02}T{8 + n % 4:02}:00:00Z\n'
                    f'tags: ["{rng.choice(places)}"]\n---\n{body}\n')


if __name__ == "__main__":
    main()
