#!/usr/bin/env python3
"""Generates a benchmark corpus of news-like documents in Indonesian and
English from templates and the shipped dictionaries' vocabulary.

usage: gen_corpus.py N_DOCS OUT.jsonl [SEED]
Each document has 8 sentences; the mix of verbs, actors, dates and
numbers is drawn at random so that every stage of the coder does work.
"""
import json, random, sys

ID_ACTORS = ["Presiden Indonesia", "Kementerian Luar Negeri Rusia", "militer Israel", "polisi",
             "Menteri Pertahanan Jepang", "Kongres Peru", "pemerintah Meksiko", "para demonstran",
             "Uni Eropa", "PBB", "kelompok pemberontak", "Perdana Menteri Australia"]
ID_VERBS = ["mengecam", "menuduh", "bertemu dengan", "mengunjungi", "menyerang", "menangkap",
            "menandatangani perjanjian dengan", "mengusir duta besar", "menolak tuduhan", "memuji",
            "menjatuhkan sanksi terhadap", "menuntut", "tidak bertemu dengan", "akan mengunjungi"]
ID_TAIL = ["pada Senin (3/11).", "kemarin.", "pada Juni 2023.", "di Jakarta.", "pekan lalu.",
           "setelah 25 orang tewas.", "sebagaimana dikutip Reuters.", "."]
EN_ACTORS = ["Indonesian President", "the Russian Foreign Ministry", "Israeli troops", "police",
             "Japan's defence minister", "Peru's Congress", "the Mexican government", "protesters",
             "the European Union", "the United Nations", "rebels", "the Australian prime minister"]
EN_VERBS = ["condemned", "accused", "met with", "visited", "attacked", "arrested", "signed a deal with",
            "expelled the ambassador of", "rejected claims by", "praised", "imposed sanctions on",
            "demanded", "did not meet", "will visit"]
EN_TAIL = ["on Monday.", "yesterday.", "in June 2023.", "in Jakarta.", "last week.",
           "after 25 people were killed.", "according to Reuters.", "."]


def sentence(rng, lang):
    a, v, b, t = (ID_ACTORS, ID_VERBS, ID_ACTORS, ID_TAIL) if lang == "id" else (EN_ACTORS, EN_VERBS, EN_ACTORS, EN_TAIL)
    s = f"{rng.choice(a)} {rng.choice(v)} {rng.choice(b)} {rng.choice(t)}"
    return s[0].upper() + s[1:]


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            lang = "id" if i % 2 == 0 else "en"
            text = " ".join(sentence(rng, lang) for _ in range(8))
            f.write(json.dumps({"id": f"bench-{i}", "lang": lang, "doc_date": "2025-11-07", "text": text},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
